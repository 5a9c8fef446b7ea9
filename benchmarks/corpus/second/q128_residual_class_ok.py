import torch
import torch.nn as nn

class BasicBlock(nn.Module):
    def __init__(self, ch):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(ch, ch, 3, padding=1, bias=False), nn.BatchNorm2d(ch), nn.ReLU(),
            nn.Conv2d(ch, ch, 3, padding=1, bias=False), nn.BatchNorm2d(ch),
        )

    def forward(self, x):
        return torch.relu(x + self.body(x))

net = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), BasicBlock(16), BasicBlock(16),
                    nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(16, 10))
print(net(torch.randn(2, 3, 20, 20)).shape)

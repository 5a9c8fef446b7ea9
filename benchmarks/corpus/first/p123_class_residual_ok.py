import torch
import torch.nn as nn

torch.manual_seed(0)

class ResBlock(nn.Module):
    def __init__(self, ch):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(ch, ch, 3, padding=1), nn.BatchNorm2d(ch), nn.ReLU(),
            nn.Conv2d(ch, ch, 3, padding=1), nn.BatchNorm2d(ch),
        )

    def forward(self, x):
        return torch.relu(x + self.body(x))

block = ResBlock(16)
print(block(torch.randn(2, 16, 8, 8)).shape)

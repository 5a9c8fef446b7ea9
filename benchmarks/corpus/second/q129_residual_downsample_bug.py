import torch
import torch.nn as nn

class Block(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(cin, cout, 3, stride, 1), nn.BatchNorm2d(cout), nn.ReLU(),
            nn.Conv2d(cout, cout, 3, 1, 1), nn.BatchNorm2d(cout),
        )

    def forward(self, x):
        return torch.relu(x + self.body(x))     # no projection shortcut

net = nn.Sequential(Block(16, 32, 2), nn.AdaptiveAvgPool2d(1))
print(net(torch.randn(2, 16, 8, 8)).shape)

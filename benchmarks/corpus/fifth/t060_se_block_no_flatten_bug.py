import torch
import torch.nn as nn


class SqueezeExcite(nn.Module):
    def __init__(self, channels, r=16):
        super().__init__()
        self.squeeze = nn.AdaptiveAvgPool2d(1)
        self.excite = nn.Sequential(
            nn.Linear(channels, channels // r),
            nn.ReLU(),
            nn.Linear(channels // r, channels),
            nn.Sigmoid(),
        )

    def forward(self, x):
        w = self.excite(self.squeeze(x))
        return x * w


block = nn.Sequential(
    nn.Conv2d(32, 64, 3, padding=1),
    nn.BatchNorm2d(64),
    nn.ReLU(),
    SqueezeExcite(64),
)
x = torch.randn(4, 32, 8, 8)
print(block(x).shape)

import torch
import torch.nn as nn


class SqueezeExcitation(nn.Module):
    def __init__(self, channels, ratio=4):
        super().__init__()
        hidden = channels // ratio
        self.squeeze = nn.AdaptiveAvgPool2d(1)
        self.excite = nn.Sequential(
            nn.Linear(channels, hidden),
            nn.ReLU(inplace=True),
            nn.Linear(hidden, hidden),
            nn.Sigmoid(),
        )

    def forward(self, x):
        n, c = x.shape[:2]
        w = self.squeeze(x).view(n, c)
        w = self.excite(w).view(n, c, 1, 1)
        return x * w


block = nn.Sequential(
    nn.Conv2d(32, 64, 3, padding=1),
    nn.BatchNorm2d(64),
    nn.ReLU(inplace=True),
    SqueezeExcitation(64, ratio=4),
)
feat = block(torch.randn(2, 32, 16, 16))

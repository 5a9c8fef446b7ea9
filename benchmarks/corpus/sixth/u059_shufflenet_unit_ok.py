# ShuffleNet unit with grouped 1x1 convs and nn.ChannelShuffle
import torch
import torch.nn as nn


class ShuffleUnit(nn.Module):
    def __init__(self, channels, groups=4):
        super().__init__()
        mid = channels // 4
        self.branch = nn.Sequential(
            nn.Conv2d(channels, mid, 1, groups=groups, bias=False),
            nn.BatchNorm2d(mid),
            nn.ReLU(inplace=True),
            nn.ChannelShuffle(groups),
            nn.Conv2d(mid, mid, 3, padding=1, groups=mid, bias=False),
            nn.BatchNorm2d(mid),
            nn.Conv2d(mid, channels, 1, groups=groups, bias=False),
            nn.BatchNorm2d(channels),
        )

    def forward(self, x):
        return torch.relu(x + self.branch(x))


stage = nn.Sequential(nn.Conv2d(3, 240, 3, 2, 1), *[ShuffleUnit(240) for _ in range(3)])
print(stage(torch.randn(2, 3, 56, 56)).shape)

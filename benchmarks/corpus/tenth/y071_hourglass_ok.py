import torch
import torch.nn as nn
import torch.nn.functional as F


class Hourglass(nn.Module):
    def __init__(self, depth, channels):
        super().__init__()
        self.depth = depth
        self.skip = nn.ModuleList([nn.Conv2d(channels, channels, 3, padding=1) for _ in range(depth)])
        self.down = nn.ModuleList([nn.Conv2d(channels, channels, 3, padding=1) for _ in range(depth)])
        self.up = nn.ModuleList([nn.Conv2d(channels, channels, 3, padding=1) for _ in range(depth)])
        self.bottom = nn.Conv2d(channels, channels, 3, padding=1)

    def _forward(self, x, level):
        skip = self.skip[level](x)
        low = self.down[level](F.max_pool2d(x, 2))
        if level + 1 < self.depth:
            low = self._forward(low, level + 1)
        else:
            low = self.bottom(low)
        low = self.up[level](low)
        return skip + F.interpolate(low, scale_factor=2, mode="nearest")

    def forward(self, x):
        return self._forward(x, 0)


class PoseNet(nn.Module):
    def __init__(self, n_joints=16, channels=64, depth=3):
        super().__init__()
        self.pre = nn.Sequential(nn.Conv2d(3, channels, 7, stride=2, padding=3), nn.BatchNorm2d(channels), nn.ReLU())
        self.hg = Hourglass(depth, channels)
        self.head = nn.Conv2d(channels, n_joints, 1)

    def forward(self, x):
        return self.head(self.hg(self.pre(x)))


net = PoseNet(n_joints=17, channels=32, depth=4)
heatmaps = net(torch.randn(2, 3, 128, 128))
target = torch.rand(2, 17, 64, 64)
loss = F.mse_loss(heatmaps, target)

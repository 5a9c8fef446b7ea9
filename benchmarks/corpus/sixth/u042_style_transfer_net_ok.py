# Johnson et al. fast style transfer network (reduced size)
import torch
import torch.nn as nn


class ConvLayer(nn.Module):
    def __init__(self, cin, cout, k, stride):
        super().__init__()
        self.pad = nn.ReflectionPad2d(k // 2)
        self.conv = nn.Conv2d(cin, cout, k, stride)

    def forward(self, x):
        return self.conv(self.pad(x))


class ResidualBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.block = nn.Sequential(
            ConvLayer(c, c, 3, 1), nn.InstanceNorm2d(c, affine=True), nn.ReLU(),
            ConvLayer(c, c, 3, 1), nn.InstanceNorm2d(c, affine=True),
        )

    def forward(self, x):
        return x + self.block(x)


class UpsampleConv(nn.Module):
    def __init__(self, cin, cout, k, scale):
        super().__init__()
        self.up = nn.Upsample(scale_factor=scale, mode="nearest")
        self.conv = ConvLayer(cin, cout, k, 1)

    def forward(self, x):
        return self.conv(self.up(x))


net = nn.Sequential(
    ConvLayer(3, 16, 9, 1), nn.InstanceNorm2d(16, affine=True), nn.ReLU(),
    ConvLayer(16, 32, 3, 2), nn.InstanceNorm2d(32, affine=True), nn.ReLU(),
    ConvLayer(32, 64, 3, 2), nn.InstanceNorm2d(64, affine=True), nn.ReLU(),
    *[ResidualBlock(64) for _ in range(3)],
    UpsampleConv(64, 32, 3, 2), nn.InstanceNorm2d(32, affine=True), nn.ReLU(),
    UpsampleConv(32, 16, 3, 2), nn.InstanceNorm2d(16, affine=True), nn.ReLU(),
    ConvLayer(16, 3, 9, 1),
)
img = torch.rand(1, 3, 64, 64)
print(net(img).shape)

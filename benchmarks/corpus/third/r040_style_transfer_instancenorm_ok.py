import torch
import torch.nn as nn


class ConvLayer(nn.Sequential):
    def __init__(self, in_channels, out_channels, kernel_size, stride):
        super().__init__(
            nn.ReflectionPad2d(kernel_size // 2),
            nn.Conv2d(in_channels, out_channels, kernel_size, stride),
        )


class ResidualBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.block = nn.Sequential(
            ConvLayer(channels, channels, 3, 1),
            nn.InstanceNorm2d(channels, affine=True),
            nn.ReLU(),
            ConvLayer(channels, channels, 3, 1),
            nn.InstanceNorm2d(channels, affine=True),
        )

    def forward(self, x):
        return x + self.block(x)


transformer = nn.Sequential(
    ConvLayer(3, 32, 9, 1), nn.InstanceNorm2d(32, affine=True), nn.ReLU(),
    ConvLayer(32, 64, 3, 2), nn.InstanceNorm2d(64, affine=True), nn.ReLU(),
    ResidualBlock(64), ResidualBlock(64),
    nn.Upsample(scale_factor=2, mode="nearest"),
    ConvLayer(64, 32, 3, 1), nn.InstanceNorm2d(32, affine=True), nn.ReLU(),
    ConvLayer(32, 3, 9, 1),
)

img = torch.rand(1, 3, 64, 64)
print(transformer(img).shape)

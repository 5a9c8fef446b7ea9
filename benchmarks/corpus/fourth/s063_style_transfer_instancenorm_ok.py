import torch
import torch.nn as nn


class ResidualBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.block = nn.Sequential(
            nn.ReflectionPad2d(1),
            nn.Conv2d(channels, channels, 3),
            nn.InstanceNorm2d(channels, affine=True),
            nn.ReLU(inplace=True),
            nn.ReflectionPad2d(1),
            nn.Conv2d(channels, channels, 3),
            nn.InstanceNorm2d(channels, affine=True),
        )

    def forward(self, x):
        return x + self.block(x)


transformer_net = nn.Sequential(
    nn.ReflectionPad2d(4), nn.Conv2d(3, 32, 9), nn.InstanceNorm2d(32, affine=True), nn.ReLU(),
    nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.InstanceNorm2d(64, affine=True), nn.ReLU(),
    nn.Conv2d(64, 128, 3, stride=2, padding=1), nn.InstanceNorm2d(128, affine=True), nn.ReLU(),
    *[ResidualBlock(128) for _ in range(3)],
    nn.ConvTranspose2d(128, 64, 3, stride=2, padding=1, output_padding=1), nn.ReLU(),
    nn.ConvTranspose2d(64, 32, 3, stride=2, padding=1, output_padding=1), nn.ReLU(),
    nn.ReflectionPad2d(4), nn.Conv2d(32, 3, 9),
)
print(transformer_net(torch.rand(1, 3, 64, 64)).shape)

import torch
import torch.nn as nn


class ResidualBlock(nn.Module):
    def __init__(self, ch):
        super().__init__()
        self.block = nn.Sequential(
            nn.ReflectionPad2d(1), nn.Conv2d(ch, ch, 3), nn.InstanceNorm2d(ch, affine=True), nn.ReLU(),
            nn.ReflectionPad2d(1), nn.Conv2d(ch, ch, 3), nn.InstanceNorm2d(ch, affine=True),
        )

    def forward(self, x):
        return x + self.block(x)


transformer_net = nn.Sequential(
    nn.ReflectionPad2d(4), nn.Conv2d(3, 32, 9), nn.InstanceNorm2d(32, affine=True), nn.ReLU(),
    nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.InstanceNorm2d(64, affine=True), nn.ReLU(),
    nn.Conv2d(64, 128, 3, stride=2, padding=1), nn.InstanceNorm2d(128, affine=True), nn.ReLU(),
    *[ResidualBlock(128) for _ in range(3)],
    nn.Upsample(scale_factor=2), nn.Conv2d(128, 64, 3, padding=1), nn.InstanceNorm2d(64, affine=True), nn.ReLU(),
    nn.Upsample(scale_factor=2), nn.Conv2d(64, 32, 3, padding=1), nn.InstanceNorm2d(32, affine=True), nn.ReLU(),
    nn.ReflectionPad2d(4), nn.Conv2d(32, 3, 9),
)

content = torch.rand(1, 3, 64, 64)
stylized = transformer_net(content)
print(stylized.shape)

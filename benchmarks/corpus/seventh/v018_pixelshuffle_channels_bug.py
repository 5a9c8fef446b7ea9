import torch
import torch.nn as nn


class UpsampleBlock(nn.Module):
    def __init__(self, in_channels, up_scale):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, in_channels * up_scale, kernel_size=3, padding=1)
        self.pixel_shuffle = nn.PixelShuffle(up_scale)
        self.prelu = nn.PReLU()

    def forward(self, x):
        return self.prelu(self.pixel_shuffle(self.conv(x)))


class TinySRGenerator(nn.Module):
    def __init__(self, scale=2):
        super().__init__()
        self.head = nn.Sequential(nn.Conv2d(3, 64, 9, padding=4), nn.PReLU())
        self.body = nn.Sequential(nn.Conv2d(64, 64, 3, padding=1), nn.BatchNorm2d(64))
        self.up = UpsampleBlock(64, scale)
        self.tail = nn.Conv2d(64, 3, 9, padding=4)

    def forward(self, x):
        h = self.head(x)
        h = h + self.body(h)
        return torch.tanh(self.tail(self.up(h)))


g = TinySRGenerator(scale=2)
print(g(torch.randn(2, 3, 24, 24)).shape)

import torch
import torch.nn as nn


class TinyFPN(nn.Module):
    def __init__(self, out_ch=32):
        super().__init__()
        self.c2 = nn.Sequential(nn.Conv2d(3, 16, 3, 2, 1), nn.ReLU())
        self.c3 = nn.Sequential(nn.Conv2d(16, 32, 3, 2, 1), nn.ReLU())
        self.c4 = nn.Sequential(nn.Conv2d(32, 64, 3, 2, 1), nn.ReLU())
        self.lat3 = nn.Conv2d(32, out_ch, 1)
        self.lat4 = nn.Conv2d(64, out_ch, 1)
        self.up = nn.Upsample(scale_factor=2, mode="nearest")

    def forward(self, x):
        c3 = self.c3(self.c2(x))
        c4 = self.c4(c3)
        p4 = self.lat4(c4)
        p3 = self.lat3(c3) + self.up(p4)
        return p3, p4


fpn = TinyFPN()
image = torch.randn(1, 3, 100, 100)
p3, p4 = fpn(image)
print(p3.shape, p4.shape)

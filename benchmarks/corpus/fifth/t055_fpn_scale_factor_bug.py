import torch
import torch.nn as nn


class MiniFPN(nn.Module):
    def __init__(self, out_ch=32):
        super().__init__()
        self.c2 = nn.Sequential(nn.Conv2d(3, 16, 3, 2, 1), nn.ReLU())
        self.c3 = nn.Sequential(nn.Conv2d(16, 32, 3, 2, 1), nn.ReLU())
        self.lat2 = nn.Conv2d(16, out_ch, 1)
        self.lat3 = nn.Conv2d(32, out_ch, 1)
        self.up = nn.Upsample(scale_factor=2, mode="nearest")

    def forward(self, x):
        f2 = self.c2(x)
        f3 = self.c3(f2)
        p3 = self.lat3(f3)
        p2 = self.lat2(f2) + self.up(p3)
        return p2


fpn = MiniFPN()
x = torch.randn(2, 3, 100, 100)   # 100 -> 50 -> 25 -> up 50: fine
print(fpn(x).shape)
x = torch.randn(2, 3, 90, 90)     # 90 -> 45 -> 23 -> up 46
print(fpn(x).shape)

import torch
import torch.nn as nn
import torch.nn.functional as F


class MiniFPN(nn.Module):
    def __init__(self, out_ch=32):
        super().__init__()
        self.c2 = nn.Sequential(nn.Conv2d(3, 16, 3, 2, 1), nn.ReLU())    # 1/2
        self.c3 = nn.Sequential(nn.Conv2d(16, 32, 3, 2, 1), nn.ReLU())   # 1/4
        self.c4 = nn.Sequential(nn.Conv2d(32, 64, 3, 2, 1), nn.ReLU())   # 1/8
        self.lat2 = nn.Conv2d(16, out_ch, 1)
        self.lat3 = nn.Conv2d(32, out_ch, 1)
        self.lat4 = nn.Conv2d(64, out_ch, 1)
        self.smooth = nn.Conv2d(out_ch, out_ch, 3, padding=1)

    def forward(self, x):
        f2 = self.c2(x)
        f3 = self.c3(f2)
        f4 = self.c4(f3)
        p4 = self.lat4(f4)
        p3 = self.lat3(f3) + F.interpolate(p4, size=f3.shape[-2:], mode="nearest")
        p2 = self.lat2(f2) + F.interpolate(p3, size=f2.shape[-2:], mode="nearest")
        return self.smooth(p2), p3, p4


fpn = MiniFPN()
outs = fpn(torch.randn(2, 3, 100, 100))
for o in outs:
    print(o.shape)

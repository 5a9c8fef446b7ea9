import torch
import torch.nn as nn
import torch.nn.functional as F


class TinyFPN(nn.Module):
    def __init__(self, out_ch=32):
        super().__init__()
        self.c2 = nn.Sequential(nn.Conv2d(3, 16, 3, 2, 1), nn.ReLU())
        self.c3 = nn.Sequential(nn.Conv2d(16, 32, 3, 2, 1), nn.ReLU())
        self.c4 = nn.Sequential(nn.Conv2d(32, 64, 3, 2, 1), nn.ReLU())
        self.lat2 = nn.Conv2d(16, out_ch, 1)
        self.lat3 = nn.Conv2d(32, out_ch, 1)
        self.lat4 = nn.Conv2d(64, out_ch, 1)
        self.up = nn.Upsample(scale_factor=2, mode="nearest")
        self.smooth = nn.Conv2d(out_ch, out_ch, 3, padding=1)

    def forward(self, x):
        c2 = self.c2(x)
        c3 = self.c3(c2)
        c4 = self.c4(c3)
        p4 = self.lat4(c4)
        p3 = self.lat3(c3) + self.up(p4)
        p2 = self.lat2(c2) + F.interpolate(p3, size=c2.shape[-2:], mode="nearest")
        return [self.smooth(p) for p in (p2, p3, p4)]


fpn = TinyFPN()
for p in fpn(torch.randn(2, 3, 128, 128)):
    print(p.shape)

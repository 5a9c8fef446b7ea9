import torch
import torch.nn as nn
import torch.nn.functional as F


class FPNLite(nn.Module):
    def __init__(self, in_ch=3, ch=32, n_out=1):
        super().__init__()
        self.c1 = nn.Sequential(nn.Conv2d(in_ch, ch, 3, padding=1), nn.ReLU())
        self.c2 = nn.Sequential(nn.MaxPool2d(2), nn.Conv2d(ch, ch, 3, padding=1), nn.ReLU())
        self.c3 = nn.Sequential(nn.MaxPool2d(2), nn.Conv2d(ch, ch, 3, padding=1), nn.ReLU())
        self.smooth = nn.Conv2d(ch, ch, 3, padding=1)
        self.out = nn.Conv2d(ch, n_out, 1)

    def forward(self, x):
        f1 = self.c1(x)
        f2 = self.c2(f1)
        f3 = self.c3(f2)
        p2 = f2 + F.interpolate(f3, scale_factor=2, mode="bilinear", align_corners=False)
        p1 = f1 + F.interpolate(self.smooth(p2), scale_factor=2, mode="bilinear", align_corners=False)
        return self.out(p1)


crop = 90
model = FPNLite(in_ch=3, ch=16)
density = model(torch.randn(4, 3, crop, crop))

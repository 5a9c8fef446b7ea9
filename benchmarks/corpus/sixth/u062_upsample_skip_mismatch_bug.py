# Encoder-decoder with strided convs; nn.Upsample in the decoder, skip concat
import torch
import torch.nn as nn


class SegNetLite(nn.Module):
    def __init__(self):
        super().__init__()
        self.inc = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU())
        self.down1 = nn.Sequential(nn.Conv2d(16, 32, 3, stride=2, padding=1), nn.ReLU())
        self.down2 = nn.Sequential(nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.ReLU())
        self.down3 = nn.Sequential(nn.Conv2d(64, 64, 3, stride=2, padding=1), nn.ReLU())
        self.up = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=True)
        self.dec3 = nn.Sequential(nn.Conv2d(128, 32, 3, padding=1), nn.ReLU())
        self.dec2 = nn.Sequential(nn.Conv2d(64, 16, 3, padding=1), nn.ReLU())
        self.dec1 = nn.Sequential(nn.Conv2d(32, 1, 3, padding=1))

    def forward(self, x):
        x0 = self.inc(x)
        x1 = self.down1(x0)
        x2 = self.down2(x1)
        x3 = self.down3(x2)
        y = self.dec3(torch.cat([self.up(x3), x2], 1))
        y = self.dec2(torch.cat([self.up(y), x1], 1))
        return self.dec1(torch.cat([self.up(y), x0], 1))


net = SegNetLite()
print(net(torch.randn(2, 1, 60, 60)).shape)

import torch
from torch import nn


def block(cin, cout):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU(inplace=True))


class SegNet(nn.Module):
    def __init__(self, channels=(3, 16, 32, 64), n_classes=5):
        super().__init__()
        c0, c1, c2, c3 = channels
        self.enc1 = block(c0, c1)
        self.enc2 = nn.Sequential(nn.MaxPool2d(2), block(c1, c2))
        self.enc3 = nn.Sequential(nn.MaxPool2d(2), block(c2, c3))
        self.up = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=False)
        self.dec2 = block(c3, c2)
        self.dec1 = block(c2, c1)
        self.head = nn.Conv2d(c1, n_classes, 1)

    def forward(self, x):
        e1 = self.enc1(x)
        e2 = self.enc2(e1)
        e3 = self.enc3(e2)
        d2 = self.dec2(torch.cat([self.up(e3), e2], dim=1))
        d1 = self.dec1(torch.cat([self.up(d2), e1], dim=1))
        return self.head(d1)


model = SegNet()
print(model(torch.randn(1, 3, 48, 48)).shape)

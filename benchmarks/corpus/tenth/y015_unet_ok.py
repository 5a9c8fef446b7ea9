import torch
import torch.nn as nn
import torch.nn.functional as F


class DoubleConv(nn.Module):
    def __init__(self, in_ch, out_ch):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(in_ch, out_ch, 3, padding=1),
            nn.BatchNorm2d(out_ch),
            nn.ReLU(inplace=True),
            nn.Conv2d(out_ch, out_ch, 3, padding=1),
            nn.BatchNorm2d(out_ch),
            nn.ReLU(inplace=True),
        )

    def forward(self, x):
        return self.net(x)


class UNet(nn.Module):
    def __init__(self, in_channels=1, n_classes=2, base=16):
        super().__init__()
        self.inc = DoubleConv(in_channels, base)
        self.down1 = DoubleConv(base, base * 2)
        self.down2 = DoubleConv(base * 2, base * 4)
        self.up1 = nn.ConvTranspose2d(base * 4, base * 2, kernel_size=2, stride=2)
        self.conv_up1 = DoubleConv(base * 4, base * 2)
        self.up2 = nn.ConvTranspose2d(base * 2, base, kernel_size=2, stride=2)
        self.conv_up2 = DoubleConv(base * 2, base)
        self.outc = nn.Conv2d(base, n_classes, kernel_size=1)

    def forward(self, x):
        x1 = self.inc(x)
        x2 = self.down1(F.max_pool2d(x1, 2))
        x3 = self.down2(F.max_pool2d(x2, 2))
        u1 = self.up1(x3)
        u1 = self.conv_up1(torch.cat([x2, u1], dim=1))
        u2 = self.up2(u1)
        u2 = self.conv_up2(torch.cat([x1, u2], dim=1))
        return self.outc(u2)


model = UNet(in_channels=3, n_classes=4, base=8)
img = torch.randn(2, 3, 64, 64)
mask = torch.randint(0, 4, (2, 64, 64))
logits = model(img)
loss = nn.CrossEntropyLoss()(logits, mask)

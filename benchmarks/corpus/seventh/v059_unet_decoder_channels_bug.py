import torch
import torch.nn as nn


class Up(nn.Module):
    def __init__(self, in_ch, out_ch):
        super().__init__()
        self.up = nn.ConvTranspose2d(in_ch, out_ch, kernel_size=2, stride=2)
        self.conv = nn.Sequential(
            nn.Conv2d(out_ch, out_ch, 3, padding=1), nn.ReLU(inplace=True),
            nn.Conv2d(out_ch, out_ch, 3, padding=1), nn.ReLU(inplace=True),
        )

    def forward(self, x, skip):
        x = self.up(x)
        x = torch.cat([skip, x], dim=1)
        return self.conv(x)


class Down(nn.Module):
    def __init__(self, in_ch, out_ch):
        super().__init__()
        self.block = nn.Sequential(nn.MaxPool2d(2), nn.Conv2d(in_ch, out_ch, 3, padding=1), nn.ReLU())

    def forward(self, x):
        return self.block(x)


inc = nn.Sequential(nn.Conv2d(1, 32, 3, padding=1), nn.ReLU())
down = Down(32, 64)
up = Up(64, 32)
head = nn.Conv2d(32, 1, 1)

x = torch.randn(2, 1, 64, 64)
s1 = inc(x)
s2 = down(s1)
y = head(up(s2, s1))
print(y.shape)

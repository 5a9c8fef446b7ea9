import torch
import torch.nn as nn


def block(cin, cout):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU(inplace=True))


class TinyUNet(nn.Module):
    def __init__(self, ch=8):
        super().__init__()
        self.enc1 = block(3, ch)
        self.enc2 = block(ch, ch * 2)
        self.pool = nn.MaxPool2d(2)
        self.mid = block(ch * 2, ch * 4)
        self.up2 = nn.ConvTranspose2d(ch * 4, ch * 2, 2, stride=2)
        self.dec2 = block(ch * 4, ch * 2)
        self.up1 = nn.ConvTranspose2d(ch * 2, ch, 2, stride=2)
        self.dec1 = block(ch * 2, ch)
        self.head = nn.Conv2d(ch, 1, 1)

    def forward(self, x):
        e1 = self.enc1(x)
        e2 = self.enc2(self.pool(e1))
        m = self.mid(self.pool(e2))
        d2 = self.dec2(torch.cat([self.up2(m), e2], dim=1))
        d1 = self.dec1(torch.cat([self.up1(d2), e1], dim=1))
        return self.head(d1)


model = TinyUNet()
# satellite tiles are 250x250 here
tiles = torch.randn(2, 3, 250, 250)
print(tiles.shape)
mask = model(tiles)
print(mask.shape)

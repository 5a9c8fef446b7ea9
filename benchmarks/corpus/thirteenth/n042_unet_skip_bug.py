import torch
import torch.nn as nn
import torch.nn.functional as F


def double_conv(cin, cout, groups=8):
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, padding=1, bias=False),
        nn.GroupNorm(groups, cout),
        nn.ReLU(inplace=True),
        nn.Conv2d(cout, cout, 3, padding=1, bias=False),
        nn.GroupNorm(groups, cout),
        nn.ReLU(inplace=True),
    )


class UNet(nn.Module):
    def __init__(self, in_ch=3, n_classes=2, base=8):
        super().__init__()
        self.inc = double_conv(in_ch, base)
        self.down1 = double_conv(base, base * 2)
        self.down2 = double_conv(base * 2, base * 4)
        self.bottom = double_conv(base * 4, base * 8)
        self.up2 = nn.ConvTranspose2d(base * 8, base * 4, 2, stride=2)
        self.dec2 = double_conv(base * 8, base * 4)
        self.up1 = nn.ConvTranspose2d(base * 4, base * 2, 2, stride=2)
        self.dec1 = double_conv(base * 4, base * 2)
        self.up0 = nn.ConvTranspose2d(base * 2, base, 2, stride=2)
        self.dec0 = double_conv(base * 2, base)
        self.outc = nn.Conv2d(base, n_classes, 1)

    def forward(self, x):
        x0 = self.inc(x)
        x1 = self.down1(F.max_pool2d(x0, 2))
        x2 = self.down2(F.max_pool2d(x1, 2))
        xb = self.bottom(F.max_pool2d(x2, 2))
        y = self.dec2(torch.cat([self.up2(xb), x2], dim=1))
        y = self.dec1(torch.cat([self.up1(y), x1], dim=1))
        y = self.dec0(torch.cat([self.up0(y), x0], dim=1))
        return self.outc(y)


def make_segmentation_batch(n=2, size=100):
    imgs = torch.rand(n, 3, size, size)
    masks = (imgs.mean(1) > 0.5).long()
    return imgs, masks


imgs, masks = make_segmentation_batch()
model = UNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
logits = model(imgs)
loss = F.cross_entropy(logits, masks)
opt.zero_grad()
loss.backward()
opt.step()
print(logits.shape, loss.item())

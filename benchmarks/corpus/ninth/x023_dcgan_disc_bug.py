import torch
import torch.nn as nn


def d_block(in_c, out_c, bn=True):
    layers = [nn.Conv2d(in_c, out_c, 4, 2, 1, bias=False)]
    if bn:
        layers.append(nn.BatchNorm2d(out_c))
    layers.append(nn.LeakyReLU(0.2, inplace=True))
    return layers


class Discriminator(nn.Module):
    def __init__(self, nc=3, ndf=64):
        super().__init__()
        self.net = nn.Sequential(
            *d_block(nc, ndf, bn=False),
            *d_block(ndf, ndf * 2),
            *d_block(ndf * 2, ndf * 4),
            *d_block(ndf * 4, ndf * 8),
            nn.Conv2d(ndf * 8, 1, 4, 1, 0, bias=False),
        )

    def forward(self, img):
        return self.net(img).view(-1)


D = Discriminator()
criterion = nn.BCEWithLogitsLoss()
opt = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
cifar_batch = torch.rand(16, 3, 32, 32) * 2 - 1
logits = D(cifar_batch)
loss = criterion(logits, torch.ones_like(logits))
loss.backward()
opt.step()

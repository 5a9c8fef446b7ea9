# DCGAN discriminator for 64x64 images
import torch
import torch.nn as nn

ndf, nc = 64, 3


def disc_block(cin, cout, bn=True):
    layers = [nn.Conv2d(cin, cout, 4, 2, 1, bias=False)]
    if bn:
        layers.append(nn.BatchNorm2d(cout))
    layers.append(nn.LeakyReLU(0.2, inplace=True))
    return layers


netD = nn.Sequential(
    *disc_block(nc, ndf, bn=False),
    *disc_block(ndf, ndf * 2),
    *disc_block(ndf * 2, ndf * 4),
    *disc_block(ndf * 4, ndf * 8),
    nn.Conv2d(ndf * 8, 1, 4, 1, 0, bias=False),
    nn.Sigmoid(),
)

real = torch.randn(8, nc, 64, 64)
out = netD(real).view(-1)
print(out.shape)

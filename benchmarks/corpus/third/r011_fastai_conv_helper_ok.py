import torch
from torch import nn


def conv(ni, nf, ks=3, stride=2, act=True):
    res = nn.Conv2d(ni, nf, stride=stride, kernel_size=ks, padding=ks // 2)
    if act:
        res = nn.Sequential(res, nn.ReLU())
    return res


simple_cnn = nn.Sequential(
    conv(1, 4),                # 14x14
    conv(4, 8),                # 7x7
    conv(8, 16),               # 4x4
    conv(16, 16),              # 2x2
    conv(16, 10, act=False),   # 1x1
    nn.Flatten(),
)

xb = torch.randn(64, 1, 28, 28)
print(simple_cnn(xb).shape)

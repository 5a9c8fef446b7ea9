import torch
from torch import nn

torch.manual_seed(0)
ndf = 16
disc = nn.Sequential(
    nn.Conv2d(3, ndf, 4, 2, 1, bias=False),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf, ndf * 2, 4, 2, 1, bias=False),
    nn.BatchNorm2d(ndf * 2),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf * 2, 1, 4, 1, 0, bias=False),
    nn.Flatten(),
    nn.Linear(1, 1),
    nn.Sigmoid(),
)
print(disc(torch.randn(4, 3, 32, 32)).shape)

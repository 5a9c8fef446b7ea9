import torch
from torch import nn

torch.manual_seed(0)
nz, ngf = 64, 32
generator = nn.Sequential(
    nn.ConvTranspose2d(nz, ngf * 4, 4, 1, 0, bias=False),
    nn.BatchNorm2d(ngf * 4),
    nn.ReLU(True),
    nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1, bias=False),
    nn.BatchNorm2d(ngf * 2),
    nn.ReLU(True),
    nn.ConvTranspose2d(ngf * 2, 3, 4, 2, 1, bias=False),
    nn.Tanh(),
)
noise = torch.randn(8, nz, 1, 1)
print(generator(noise).shape)

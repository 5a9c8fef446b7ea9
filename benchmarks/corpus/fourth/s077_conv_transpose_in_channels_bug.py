import torch
import torch.nn as nn

ngf = 32
decoder = nn.Sequential(
    nn.ConvTranspose2d(128, ngf * 4, 4, 2, 1),
    nn.BatchNorm2d(ngf * 4),
    nn.ReLU(True),
    nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1),
    nn.BatchNorm2d(ngf * 2),
    nn.ReLU(True),
    nn.ConvTranspose2d(ngf * 4, ngf, 4, 2, 1),
    nn.BatchNorm2d(ngf),
    nn.ReLU(True),
    nn.ConvTranspose2d(ngf, 3, 4, 2, 1),
    nn.Tanh(),
)
code = torch.randn(4, 128, 4, 4)
print(decoder(code).shape)

import torch
from torch import nn

torch.manual_seed(0)
latent = 100
generator = nn.Sequential(
    nn.ConvTranspose2d(latent, 128, 4, 1, 0, bias=False),
    nn.BatchNorm2d(128),
    nn.ReLU(True),
    nn.ConvTranspose2d(128, 64, 4, 2, 1, bias=False),
    nn.BatchNorm2d(64),
    nn.ReLU(True),
    nn.ConvTranspose2d(64, 1, 4, 2, 1, bias=False),
    nn.Tanh(),
)
noise = torch.randn(8, latent)
print(generator(noise).shape)

import torch
from torch import nn

decoder = nn.Sequential(
    nn.Unflatten(1, (64, 25)),
    nn.ConvTranspose1d(64, 32, kernel_size=4, stride=2, padding=1),
    nn.ReLU(),
    nn.ConvTranspose1d(32, 16, kernel_size=4, stride=2, padding=1),
    nn.ReLU(),
    nn.ConvTranspose1d(16, 1, kernel_size=5, stride=2, padding=2, output_padding=1),
)

z = torch.randn(3, 64 * 25)
print(decoder(z).shape)

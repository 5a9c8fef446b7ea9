import torch
import torch.nn as nn

decoder = nn.Sequential(
    nn.ConvTranspose1d(64, 32, kernel_size=4, stride=2, padding=1),
    nn.PReLU(32),
    nn.ConvTranspose1d(32, 16, kernel_size=4, stride=2, padding=1, groups=2),
    nn.PReLU(),
    nn.ConvTranspose1d(16, 1, kernel_size=5, stride=1, padding=2, dilation=1),
    nn.Tanh(),
)
print(decoder(torch.randn(2, 64, 100)).shape)

# Decoder of a conv VAE: channel count in Unflatten doesn't match the Linear
import torch
import torch.nn as nn

LATENT = 32

decoder = nn.Sequential(
    nn.Linear(LATENT, 128 * 7 * 7),
    nn.ReLU(),
    nn.Unflatten(1, (64, 7, 7)),
    nn.ConvTranspose2d(64, 32, 4, 2, 1),
    nn.ReLU(),
    nn.ConvTranspose2d(32, 1, 4, 2, 1),
    nn.Sigmoid(),
)

z = torch.randn(10, LATENT)
print(decoder(z).shape)

import torch
import torch.nn as nn

latent = 20
decoder = nn.Sequential(
    nn.Linear(latent, 32 * 7 * 7),
    nn.ReLU(),
    nn.Unflatten(1, (64, 7, 7)),
    nn.ConvTranspose2d(64, 32, 4, stride=2, padding=1),
    nn.ReLU(),
    nn.ConvTranspose2d(32, 1, 4, stride=2, padding=1),
    nn.Sigmoid(),
)
z = torch.randn(8, latent)
print(decoder(z).shape)

import torch
import torch.nn as nn

latent = 32
decoder = nn.Sequential(
    nn.Linear(latent, 128 * 4 * 4),
    nn.ReLU(),
    nn.Unflatten(1, (128, 4, 4)),
    nn.ConvTranspose2d(128, 64, 4, stride=2, padding=1),
    nn.BatchNorm2d(64),
    nn.ReLU(),
    nn.ConvTranspose2d(64, 32, 4, stride=2, padding=1),
    nn.BatchNorm2d(32),
    nn.ReLU(),
    nn.ConvTranspose2d(32, 3, 4, stride=2, padding=1),
    nn.Tanh(),
)
z = torch.randn(6, latent)
print(decoder(z).shape)

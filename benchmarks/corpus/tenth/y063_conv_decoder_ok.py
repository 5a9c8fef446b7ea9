import torch
import torch.nn as nn


class Reshape(nn.Module):
    def __init__(self, *shape):
        super().__init__()
        self.shape = shape

    def forward(self, x):
        return x.view(x.size(0), *self.shape)


latent_dim = 32
decoder = nn.Sequential(
    nn.Linear(latent_dim, 128 * 4 * 4),
    nn.ReLU(),
    Reshape(128, 4, 4),
    nn.ConvTranspose2d(128, 64, 4, stride=2, padding=1),
    nn.BatchNorm2d(64),
    nn.ReLU(),
    nn.ConvTranspose2d(64, 32, 4, stride=2, padding=1),
    nn.BatchNorm2d(32),
    nn.ReLU(),
    nn.ConvTranspose2d(32, 3, 4, stride=2, padding=1),
    nn.Tanh(),
)

z = torch.randn(10, latent_dim)
images = decoder(z)

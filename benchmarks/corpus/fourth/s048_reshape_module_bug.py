import torch
import torch.nn as nn


class Reshape(nn.Module):
    def __init__(self, *shape):
        super().__init__()
        self.shape = shape

    def forward(self, x):
        return x.view(x.size(0), *self.shape)


latent_dim = 20
decoder = nn.Sequential(
    nn.Linear(latent_dim, 256),
    nn.ReLU(),
    nn.Linear(256, 32 * 7 * 7),
    nn.ReLU(),
    Reshape(64, 7, 7),
    nn.ConvTranspose2d(64, 32, 4, 2, 1),
    nn.ReLU(),
    nn.ConvTranspose2d(32, 1, 4, 2, 1),
    nn.Sigmoid(),
)
z = torch.randn(16, latent_dim)
print(decoder(z).shape)

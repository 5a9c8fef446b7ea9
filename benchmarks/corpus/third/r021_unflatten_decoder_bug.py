import torch
import torch.nn as nn

latent_dim = 20

encoder = nn.Sequential(
    nn.Conv2d(1, 32, 4, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(32, 64, 4, stride=2, padding=1),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(64 * 7 * 7, latent_dim),
)

decoder = nn.Sequential(
    nn.Linear(latent_dim, 64 * 7 * 7),
    nn.ReLU(),
    nn.Unflatten(1, (64, 8, 8)),
    nn.ConvTranspose2d(64, 32, 4, stride=2, padding=1),
    nn.ReLU(),
    nn.ConvTranspose2d(32, 1, 4, stride=2, padding=1),
    nn.Sigmoid(),
)

x = torch.rand(10, 1, 28, 28)
z = encoder(x)
x_hat = decoder(z)
print(z.shape, x_hat.shape)

import torch
import torch.nn as nn

latent_dim = 32

decoder = nn.Sequential(
    nn.Linear(latent_dim, 64 * 7 * 7),
    nn.ReLU(),
    nn.Unflatten(1, (64, 7, 7)),
    nn.ConvTranspose2d(64, 32, 4, stride=2, padding=1),   # 14
    nn.ReLU(),
    nn.ConvTranspose2d(32, 1, 4, stride=2, padding=1),    # 28
    nn.Sigmoid(),
)

torch.manual_seed(0)
z = torch.randn(10, latent_dim)
samples = decoder(z)
print(samples.shape)

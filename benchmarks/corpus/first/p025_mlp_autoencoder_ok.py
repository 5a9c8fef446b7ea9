import torch
from torch import nn

torch.manual_seed(0)
latent_dim = 3
encoder = nn.Sequential(nn.Linear(28 * 28, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, latent_dim))
decoder = nn.Sequential(nn.Linear(latent_dim, 64), nn.ReLU(), nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 28 * 28), nn.Sigmoid())
x = torch.rand(16, 28 * 28)
encoded = encoder(x)
decoded = decoder(encoded)
print(decoded.shape)

import torch
import torch.nn as nn

latent_dim = 20
hidden_ch = 32

decoder = nn.Sequential(
    nn.Linear(latent_dim, hidden_ch * 7 * 7),
    nn.ReLU(),
    nn.Unflatten(1, (64, 7, 7)),
    nn.ConvTranspose2d(64, 32, kernel_size=4, stride=2, padding=1),
    nn.ReLU(),
    nn.ConvTranspose2d(32, 1, kernel_size=4, stride=2, padding=1),
    nn.Sigmoid(),
)

z = torch.randn(16, latent_dim)
samples = decoder(z)
print(samples.shape)

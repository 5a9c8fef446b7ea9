import torch
import torch.nn as nn


class ConvVAE(nn.Module):
    def __init__(self, latent_dim=32):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 32, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(32, 64, 4, 2, 1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(64 * 7 * 7, latent_dim),
        )
        self.decoder_input = nn.Linear(latent_dim, 64 * 7 * 7)
        self.decoder = nn.Sequential(
            nn.ConvTranspose2d(64, 32, 4, 2, 1), nn.ReLU(),
            nn.ConvTranspose2d(32, 1, 4, 2, 1), nn.Sigmoid(),
        )

    def forward(self, x):
        h = self.encoder(x)
        mu, logvar = h.chunk(2, dim=1)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
        z = self.decoder_input(z).view(-1, 64, 7, 7)
        return self.decoder(z), mu, logvar


vae = ConvVAE(latent_dim=24)
x = torch.rand(16, 1, 28, 28)
recon, mu, logvar = vae(x)
kl = -0.5 * torch.mean(1 + logvar - mu ** 2 - logvar.exp())
loss = nn.functional.binary_cross_entropy(recon, x) + kl

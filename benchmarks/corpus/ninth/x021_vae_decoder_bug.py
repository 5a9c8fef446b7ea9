import torch
import torch.nn as nn


class VariationalAutoencoder(nn.Module):
    def __init__(self, input_dim=784, hidden_dim=256, latent_dim=16):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(input_dim, hidden_dim), nn.ReLU())
        self.mu = nn.Linear(hidden_dim, latent_dim)
        self.log_var = nn.Linear(hidden_dim, latent_dim)
        self.decoder = nn.Sequential(
            nn.Linear(hidden_dim, hidden_dim),
            nn.ReLU(),
            nn.Linear(hidden_dim, input_dim),
            nn.Sigmoid(),
        )

    def forward(self, x):
        h = self.encoder(x.flatten(start_dim=1))
        mu, log_var = self.mu(h), self.log_var(h)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * log_var)
        return self.decoder(z), mu, log_var


vae = VariationalAutoencoder()
opt = torch.optim.Adam(vae.parameters(), lr=2e-4)
x = torch.rand(8, 1, 28, 28)
x_hat, mu, log_var = vae(x)
rec = nn.functional.binary_cross_entropy(x_hat, x.flatten(1), reduction="sum")
kl = -0.5 * torch.sum(1 + log_var - mu ** 2 - log_var.exp())
(rec + kl).backward()
opt.step()

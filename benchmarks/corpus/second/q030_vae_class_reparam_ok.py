import torch
import torch.nn as nn

class VAE(nn.Module):
    def __init__(self, in_dim=784, hidden=256, z_dim=16):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(in_dim, hidden), nn.ReLU())
        self.fc_mu = nn.Linear(hidden, z_dim)
        self.fc_logvar = nn.Linear(hidden, z_dim)
        self.decoder = nn.Sequential(nn.Linear(z_dim, hidden), nn.ReLU(),
                                     nn.Linear(hidden, in_dim), nn.Sigmoid())

    def forward(self, x):
        h = self.encoder(x.view(-1, 784))
        mu, logvar = self.fc_mu(h), self.fc_logvar(h)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
        return self.decoder(z), mu, logvar

vae = VAE()
recon, mu, logvar = vae(torch.rand(10, 1, 28, 28))
print(recon.shape)

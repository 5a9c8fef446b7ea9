import torch
import torch.nn as nn


class ConvVAE(nn.Module):
    def __init__(self, latent=16):
        super().__init__()
        self.enc = nn.Sequential(
            nn.Conv2d(1, 32, 4, 2, 1), nn.ReLU(),   # 14
            nn.Conv2d(32, 64, 4, 2, 1), nn.ReLU(),  # 7
            nn.Flatten(),
        )
        self.mu = nn.Linear(64 * 7 * 7, latent)
        self.logvar = nn.Linear(64 * 7 * 7, latent)
        self.fc = nn.Linear(latent, 32 * 7 * 7)
        self.dec = nn.Sequential(
            nn.ConvTranspose2d(64, 32, 4, 2, 1), nn.ReLU(),
            nn.ConvTranspose2d(32, 1, 4, 2, 1), nn.Sigmoid(),
        )

    def forward(self, x):
        h = self.enc(x)
        mu, logvar = self.mu(h), self.logvar(h)
        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        h = self.fc(z).view(x.size(0), 64, 7, 7)
        return self.dec(h), mu, logvar


torch.manual_seed(0)
model = ConvVAE()
batch = torch.rand(8, 1, 28, 28)
out, mu, logvar = model(batch)
print(out.shape)

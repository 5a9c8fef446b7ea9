import torch
import torch.nn as nn


class Generator(nn.Module):
    def __init__(self, z_dim=64, base=128):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(z_dim, base * 4 * 4),
            nn.BatchNorm1d(base * 4 * 4),
            nn.ReLU(True),
            nn.Unflatten(1, (base * 2, 4, 4)),
            nn.ConvTranspose2d(base * 2, base, 4, 2, 1),
            nn.ReLU(True),
            nn.ConvTranspose2d(base, 3, 4, 2, 1),
            nn.Tanh(),
        )

    def forward(self, z):
        return self.net(z)


torch.manual_seed(0)
G = Generator()
z = torch.randn(8, 64)
print(G(z).shape)

import torch
import torch.nn as nn


class AE(nn.Module):
    def __init__(self, c=3, base=32):
        super().__init__()
        self.enc = nn.Sequential(
            nn.Conv2d(c, base, 3, 2, 1), nn.ReLU(),
            nn.Conv2d(base, base * 2, 3, 2, 1), nn.ReLU(),
            nn.Conv2d(base * 2, base * 4, 3, 2, 1), nn.ReLU(),
        )
        self.dec = nn.Sequential(
            nn.ConvTranspose2d(base * 2, base * 2, 4, 2, 1), nn.ReLU(),
            nn.ConvTranspose2d(base * 2, base, 4, 2, 1), nn.ReLU(),
            nn.ConvTranspose2d(base, c, 4, 2, 1), nn.Sigmoid(),
        )

    def forward(self, x):
        return self.dec(self.enc(x))


ae = AE()
x = torch.rand(4, 3, 64, 64)
print(ae(x).shape)

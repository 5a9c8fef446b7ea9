import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, z_dim=64, base=256, out_channels=3):
        super().__init__()
        self.base = base
        self.fc = nn.Linear(z_dim, base * 4 * 4)
        chans = [base // 2, base // 4, base // 8]
        self.up = nn.Sequential()
        prev = base // 2
        for i, c in enumerate(chans):
            self.up.add_module(f"deconv{i}", nn.ConvTranspose2d(prev, c, 4, 2, 1))
            self.up.add_module(f"bn{i}", nn.BatchNorm2d(c))
            self.up.add_module(f"relu{i}", nn.ReLU(True))
            prev = c
        self.up.add_module("to_rgb", nn.Conv2d(prev, out_channels, 3, padding=1))

    def forward(self, z):
        x = self.fc(z).view(-1, self.base, 4, 4)
        return torch.tanh(self.up(x))


dec = Decoder(z_dim=100, base=256)
samples = dec(torch.randn(6, 100))

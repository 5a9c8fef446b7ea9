import torch
import torch.nn as nn


class ESPCN(nn.Module):
    def __init__(self, scale=3, channels=1):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(channels, 64, 5, padding=2),
            nn.Tanh(),
            nn.Conv2d(64, 32, 3, padding=1),
            nn.Tanh(),
            nn.Conv2d(32, channels * scale ** 2, 3, padding=1),
            nn.PixelShuffle(scale),
        )

    def forward(self, x):
        return self.net(x)


model = ESPCN(scale=3)
lr = torch.rand(2, 1, 33, 33)
sr = model(lr)
print("low res", lr.shape, "super res", sr.shape)

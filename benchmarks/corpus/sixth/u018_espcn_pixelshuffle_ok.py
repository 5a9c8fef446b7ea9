# ESPCN super-resolution (x3) with PixelShuffle
import torch
import torch.nn as nn


class ESPCN(nn.Module):
    def __init__(self, upscale=3, channels=3):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(channels, 64, 5, padding=2),
            nn.Tanh(),
            nn.Conv2d(64, 32, 3, padding=1),
            nn.Tanh(),
            nn.Conv2d(32, channels * upscale ** 2, 3, padding=1),
            nn.PixelShuffle(upscale),
        )

    def forward(self, x):
        return torch.clamp(self.body(x), 0.0, 1.0)


model = ESPCN(upscale=3)
lr = torch.rand(1, 3, 32, 32)
sr = model(lr)
print(lr.shape, "->", sr.shape)

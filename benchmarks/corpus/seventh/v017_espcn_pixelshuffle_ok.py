import torch
import torch.nn as nn


class ESPCN(nn.Module):
    def __init__(self, scale_factor=3, num_channels=3):
        super().__init__()
        self.first_part = nn.Sequential(
            nn.Conv2d(num_channels, 64, kernel_size=5, padding=5 // 2),
            nn.Tanh(),
            nn.Conv2d(64, 32, kernel_size=3, padding=3 // 2),
            nn.Tanh(),
        )
        self.last_part = nn.Sequential(
            nn.Conv2d(32, num_channels * (scale_factor ** 2), kernel_size=3, padding=3 // 2),
            nn.PixelShuffle(scale_factor),
        )

    def forward(self, x):
        return self.last_part(self.first_part(x))


model = ESPCN(scale_factor=3)
lr = torch.rand(1, 3, 24, 24)
sr = model(lr)
print(lr.shape, "->", sr.shape)

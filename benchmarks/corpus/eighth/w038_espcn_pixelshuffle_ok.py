import torch
import torch.nn as nn


class ESPCN(nn.Module):
    def __init__(self, upscale_factor, num_channels=1):
        super().__init__()
        self.feature_maps = nn.Sequential(
            nn.Conv2d(num_channels, 64, kernel_size=5, padding=2),
            nn.Tanh(),
            nn.Conv2d(64, 32, kernel_size=3, padding=1),
            nn.Tanh(),
        )
        self.sub_pixel = nn.Sequential(
            nn.Conv2d(32, num_channels * (upscale_factor ** 2), kernel_size=3, padding=1),
            nn.PixelShuffle(upscale_factor),
        )

    def forward(self, x):
        x = self.feature_maps(x)
        x = self.sub_pixel(x)
        return torch.clamp(x, 0.0, 1.0)


model = ESPCN(upscale_factor=3)
lr_y = torch.rand(1, 1, 34, 34)     # Y channel of a low-res patch
sr = model(lr_y)
print(sr.shape)

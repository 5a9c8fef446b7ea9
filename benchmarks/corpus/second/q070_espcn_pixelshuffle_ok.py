import torch
import torch.nn as nn

upscale = 3
model = nn.Sequential(
    nn.Conv2d(1, 64, 5, padding=2), nn.Tanh(),
    nn.Conv2d(64, 32, 3, padding=1), nn.Tanh(),
    nn.Conv2d(32, 1 * upscale ** 2, 3, padding=1),
    nn.PixelShuffle(upscale),
)
lr = torch.randn(1, 1, 17, 23)
print(model(lr).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
upscale = 3
sr = nn.Sequential(
    nn.Conv2d(1, 64, 5, padding=2),
    nn.Tanh(),
    nn.Conv2d(64, 32, 3, padding=1),
    nn.Tanh(),
    nn.Conv2d(32, upscale ** 2, 3, padding=1),
    nn.PixelShuffle(upscale),
)
print(sr(torch.randn(1, 1, 10, 10)).shape)

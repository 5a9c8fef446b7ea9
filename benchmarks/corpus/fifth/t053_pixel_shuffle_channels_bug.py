import torch
import torch.nn as nn

SCALE = 2

upsampler = nn.Sequential(
    nn.Conv2d(3, 64, 3, padding=1),
    nn.ReLU(inplace=True),
    nn.Conv2d(64, 64 * SCALE, 3, padding=1),
    nn.PixelShuffle(SCALE),
    nn.ReLU(inplace=True),
    nn.Conv2d(64, 3, 3, padding=1),
)

x = torch.rand(1, 3, 24, 24)
print(upsampler(x).shape)

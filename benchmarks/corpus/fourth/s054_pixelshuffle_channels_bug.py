import torch
import torch.nn as nn

upscale = 2
# RGB super-resolution: forgot to multiply by the 3 colour channels
sr = nn.Sequential(
    nn.Conv2d(3, 64, 5, padding=2),
    nn.PReLU(),
    nn.Conv2d(64, 32, 3, padding=1),
    nn.PReLU(),
    nn.Conv2d(32, upscale ** 2 * 2, 3, padding=1),
    nn.PixelShuffle(upscale),
    nn.Conv2d(3, 3, 1),
)
print(sr(torch.rand(2, 3, 24, 24)).shape)

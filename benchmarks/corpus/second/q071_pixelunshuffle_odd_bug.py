import torch
import torch.nn as nn

model = nn.Sequential(
    nn.PixelUnshuffle(2),
    nn.Conv2d(12, 16, 3, padding=1),
)
print(model(torch.randn(1, 3, 15, 16)).shape)

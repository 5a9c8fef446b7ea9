import torch
import torch.nn as nn

torch.manual_seed(0)
sr = nn.Sequential(
    nn.Conv2d(3, 64, 5, padding=2),
    nn.ReLU(),
    nn.Conv2d(64, 3 * 2, 3, padding=1),
    nn.PixelShuffle(2),
)
print(sr(torch.randn(1, 3, 10, 10)).shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(24, 24, 1, groups=4),
    nn.ChannelShuffle(4),
    nn.Conv2d(24, 24, 3, padding=1, groups=24),
    nn.BatchNorm2d(24),
    nn.Conv2d(24, 48, 1, groups=4),
)
print(model(torch.randn(2, 24, 14, 14)).shape)

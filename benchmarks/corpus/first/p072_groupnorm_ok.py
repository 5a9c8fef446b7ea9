import torch
import torch.nn as nn

torch.manual_seed(0)
block = nn.Sequential(
    nn.Conv2d(3, 24, 3, padding=1),
    nn.GroupNorm(num_groups=8, num_channels=24),
    nn.SiLU(),
    nn.AvgPool2d(2),
)
print(block(torch.randn(2, 3, 8, 8)).shape)

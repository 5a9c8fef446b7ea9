import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 48, 3, padding=1),
    nn.GroupNorm(32, 48),
    nn.SiLU(),
)
print(model(torch.randn(2, 3, 8, 8)).shape)

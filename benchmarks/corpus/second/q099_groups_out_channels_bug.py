import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(32, 48, 3, padding=1, groups=32),
    nn.ReLU(),
)
print(model(torch.randn(1, 32, 8, 8)).shape)

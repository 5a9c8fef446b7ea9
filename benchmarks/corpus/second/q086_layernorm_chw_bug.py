import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 16, 3, stride=2),
    nn.LayerNorm([16, 14, 14]),
    nn.ReLU(),
)
print(model(torch.randn(2, 3, 28, 28)).shape)

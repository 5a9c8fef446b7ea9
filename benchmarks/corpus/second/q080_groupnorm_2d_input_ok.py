import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(10, 32),
    nn.GroupNorm(4, 32),
    nn.Mish(),
    nn.Linear(32, 3),
)
print(model(torch.randn(6, 10)).shape)

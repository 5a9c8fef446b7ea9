import torch
import torch.nn as nn

use_bn = False
model = nn.Sequential(
    nn.Linear(10, 32),
    nn.BatchNorm1d(32) if use_bn else nn.Identity(32),
    nn.ReLU(),
    nn.Linear(32, 2),
)
print(model(torch.randn(4, 10)).shape)

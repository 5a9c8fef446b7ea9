import torch
import torch.nn as nn

# Linear applies to the last axis: a learned mixing along the width
model = nn.Sequential(
    nn.Conv2d(1, 4, 3, padding=1),
    nn.Linear(28, 10),
    nn.ReLU(),
    nn.Conv2d(4, 2, 1),
)
print(model(torch.randn(2, 1, 28, 28)).shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(12, 64),
    nn.GLU(),
    nn.Linear(64, 4),
)
print(model(torch.randn(3, 12)).shape)

import torch
import torch.nn as nn

blocks = nn.ModuleList([nn.Linear(16, 16) for _ in range(3)])
model = nn.Sequential(
    nn.Linear(8, 16),
    blocks,
    nn.Linear(16, 2),
)
print(model(torch.randn(4, 8)).shape)

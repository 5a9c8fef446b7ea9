import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv1d(4, 32, 3, padding=1),
    nn.InstanceNorm1d(64, affine=True),
    nn.ReLU(),
)
print(model(torch.randn(2, 4, 20)).shape)

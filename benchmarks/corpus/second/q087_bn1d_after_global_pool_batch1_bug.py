import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv1d(2, 8, 5),
    nn.AdaptiveAvgPool1d(1),
    nn.BatchNorm1d(8),
    nn.Flatten(),
    nn.Linear(8, 1),
)
print(model(torch.randn(1, 2, 100)).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv1d(2, 4, 3, padding=1),
    nn.BatchNorm1d(4),
    nn.ReLU(),
)
print(model(torch.randn(1, 2, 16)).shape)

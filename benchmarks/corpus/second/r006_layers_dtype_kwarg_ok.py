import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(3, 16, dtype=torch.float64), nn.Tanh(),
    nn.Linear(16, 1, dtype=torch.float64),
)
x = torch.randn(5, 3, dtype=torch.float64)
print(model(x).shape)

import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)
model = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 1))
x = torch.randn(5, 3, dtype=torch.double)
print(model(x).shape)

import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 1))
model.type(torch.DoubleTensor)
x = torch.randn(5, 3, dtype=torch.float64)
print(model(x).shape)

import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 1))
model.apply(lambda m: m.double())
x = torch.rand(5, 3).double()
print(model(x).shape)

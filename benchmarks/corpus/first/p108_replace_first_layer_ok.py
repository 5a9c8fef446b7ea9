import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(10, 64), nn.ReLU(), nn.Linear(64, 5))
model[0] = nn.Linear(20, 64)
print(model(torch.randn(4, 20)).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(10, 5))
print(model(torch.randn(2, 10)).shape)
model = nn.Sequential(nn.Linear(20, 5), nn.ReLU())
print(model(torch.randn(2, 20)).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
layers = [nn.Linear(10, 20), nn.ReLU(), nn.Linear(20, 1)]
model = nn.Sequential(layers)
x = torch.randn(3, 10)
print(model(x).shape)

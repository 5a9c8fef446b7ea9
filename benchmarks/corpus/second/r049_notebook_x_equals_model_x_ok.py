import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 3))
x = torch.randn(8, 20)
x = model(x)               # notebook sanity check
print(x.shape)

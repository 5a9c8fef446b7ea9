import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(10, 20), nn.ReLU(), nn.Linear(20, 5))
backbone = model[:-1]
print(backbone(torch.randn(2, 10)).shape)

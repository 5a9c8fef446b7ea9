import torch
import torch.nn as nn

torch.manual_seed(0)
device = "cpu"
model = nn.Sequential(nn.Linear(10, 10), nn.BatchNorm1d(10), nn.ReLU()).to(device)
x = torch.randn(8, 10, device=device)
print(model(x).shape)

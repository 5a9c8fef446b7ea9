import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 2))
model.training = False          # only flips the container, not the BatchNorm
print(model(torch.randn(1, 10)).shape)

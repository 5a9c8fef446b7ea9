import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 1))
model.eval()
sample = torch.randn(10)          # forgot unsqueeze(0)
print(model(sample).shape)

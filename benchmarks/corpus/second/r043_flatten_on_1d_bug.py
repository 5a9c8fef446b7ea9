import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 16), nn.Flatten(), nn.Linear(16, 1))
print(model(torch.randn(10)).shape)

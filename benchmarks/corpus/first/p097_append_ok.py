import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(10, 32), nn.ReLU())
model.append(nn.Linear(32, 4))
print(model(torch.randn(3, 10)).shape)

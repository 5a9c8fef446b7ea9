import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU())
model.double()
x = torch.randn(1, 1, 8, 8)
print(model(x).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU())
x = torch.randn(2, 3, 16, 16)[:, :1]
print(model(x).shape)

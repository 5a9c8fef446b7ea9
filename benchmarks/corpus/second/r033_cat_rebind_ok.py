import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(20, 2))
x = torch.randn(4, 10)
x = torch.cat([x, x ** 2], dim=1)
print(model(x).shape)

import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 2))
x = torch.randn(10, 4).T
print(model(x).shape)

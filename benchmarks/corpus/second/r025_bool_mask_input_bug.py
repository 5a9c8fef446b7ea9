import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 2))
x = torch.randn(4, 10) > 0
print(model(x).shape)

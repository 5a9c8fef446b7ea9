import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(10, 3))
x = torch.randn(2, 5)
print(x.mean())
x = torch.randn(2, 10)
print(model(x).shape)

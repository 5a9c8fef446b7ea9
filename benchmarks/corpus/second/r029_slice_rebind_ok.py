import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 2))
x = torch.randn(8, 20)
x = x[:, :10]
print(model(x).shape)

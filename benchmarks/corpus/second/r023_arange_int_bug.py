import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 2))
x = torch.arange(40).reshape(4, 10)
print(model(x).shape)

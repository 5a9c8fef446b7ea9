import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 2))
x = torch.empty(4, 10).uniform_(-1, 1)
print(model(x).shape)

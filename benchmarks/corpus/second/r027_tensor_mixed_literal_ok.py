import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(3, 2))
x = torch.tensor([[1, 2, 3.5], [0, 1, 2]])
print(model(x).shape)

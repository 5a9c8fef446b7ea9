import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.Tanh(), nn.Linear(2, 1))
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(model(x))

import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 4), nn.ReLU(), nn.Linear(4, 2)).half()
x = torch.randn(3, 10).half()
print(model(x).shape)

import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 5), nn.Softmax2d())
print(model(torch.randn(4, 10)).shape)

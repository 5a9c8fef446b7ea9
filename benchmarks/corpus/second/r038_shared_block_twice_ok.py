import torch
import torch.nn as nn

block = nn.Sequential(nn.Linear(16, 16), nn.ReLU())
model = nn.Sequential(nn.Linear(8, 16), block, block, nn.Linear(16, 1))
print(model(torch.randn(3, 8)).shape)

import torch
import torch.nn as nn

model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.ReLU()).to(memory_format=torch.channels_last)
x = torch.randn(2, 3, 16, 16).to(memory_format=torch.channels_last)
print(model(x).shape)

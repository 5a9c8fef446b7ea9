import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.MaxPool2d(2), nn.Flatten(),
                      nn.Linear(8 * 32 * 32, 2))
x = torch.randn(2, 3, 32, 32)
x = F.interpolate(x, size=64)
print(model(x).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 2))
img = torch.rand(4, 3, 32, 32)
img = img.permute(0, 2, 3, 1)
print(model(img).shape)

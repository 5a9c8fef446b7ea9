import torch
import torch.nn as nn

torch.manual_seed(0)
use_color = True
if use_color:
    channels = 3
else:
    channels = 1
model = nn.Sequential(nn.Conv2d(channels, 8, 3), nn.ReLU(), nn.Flatten())
x = torch.randn(2, channels, 8, 8)
print(model(x).shape)

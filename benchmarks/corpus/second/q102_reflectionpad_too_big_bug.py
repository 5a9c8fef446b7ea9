import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 8, 3, stride=2), nn.ReLU(),
    nn.Conv2d(8, 8, 3, stride=2), nn.ReLU(),
    nn.ReflectionPad2d(3),
    nn.Conv2d(8, 3, 7),
)
print(model(torch.randn(1, 3, 12, 12)).shape)

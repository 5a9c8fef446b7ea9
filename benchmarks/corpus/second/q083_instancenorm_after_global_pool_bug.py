import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.AdaptiveAvgPool2d(1),
    nn.InstanceNorm2d(16),
    nn.Flatten(),
    nn.Linear(16, 4),
)
print(model(torch.randn(4, 3, 16, 16)).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
head = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.AdaptiveAvgPool2d((1, 1)),
    nn.BatchNorm2d(16),
    nn.Flatten(),
    nn.Linear(16, 4),
)
x = torch.randn(1, 3, 8, 8)
print(head(x).shape)

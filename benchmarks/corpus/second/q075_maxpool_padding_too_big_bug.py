import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 8, 3),
    nn.MaxPool2d(2, padding=2),
)
print(model(torch.randn(2, 3, 16, 16)).shape)

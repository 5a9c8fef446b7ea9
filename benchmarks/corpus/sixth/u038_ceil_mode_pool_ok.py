# Odd-sized inputs with ceil_mode pooling; feature count computed accordingly
import math
import torch
import torch.nn as nn

H = 15
h = math.ceil(math.ceil(H / 2) / 2)

model = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2, ceil_mode=True),
    nn.Conv2d(16, 32, 3, padding=1),
    nn.ReLU(),
    nn.AvgPool2d(2, ceil_mode=True, count_include_pad=False),
    nn.Flatten(),
    nn.Linear(32 * h * h, 10),
)
x = torch.randn(4, 1, H, H)
print(h, model(x).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 32, 3, padding=1),
    nn.ReLU(),
    nn.Conv2d(32, 30, 3, padding=1, groups=4),
)
x = torch.randn(1, 3, 8, 8)
print(model(x).shape)

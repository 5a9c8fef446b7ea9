import torch
import torch.nn as nn

model = nn.Sequential(
    nn.LazyConv2d(16, 3, padding=1),
    nn.LazyBatchNorm2d(),
    nn.ReLU(),
    nn.LazyConv2d(32, 3, stride=2),
    nn.Flatten(),
    nn.LazyLinear(10),
)
print(model(torch.randn(2, 5, 17, 17)).shape)

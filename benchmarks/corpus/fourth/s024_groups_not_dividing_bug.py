import torch
import torch.nn as nn

# grouped conv like ResNeXt, cardinality 32
cardinality = 32
width = 100

block = nn.Sequential(
    nn.Conv2d(64, width, kernel_size=1, bias=False),
    nn.BatchNorm2d(width),
    nn.ReLU(inplace=True),
    nn.Conv2d(width, width, kernel_size=3, padding=1, groups=cardinality, bias=False),
    nn.BatchNorm2d(width),
    nn.ReLU(inplace=True),
    nn.Conv2d(width, 256, kernel_size=1, bias=False),
)

x = torch.randn(2, 64, 16, 16)
print(block(x).shape)

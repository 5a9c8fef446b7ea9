import torch
import torch.nn as nn

torch.manual_seed(0)
ch = 32
block = nn.Sequential(
    nn.Conv2d(ch, ch, 3, padding=1, groups=ch, bias=False),
    nn.BatchNorm2d(ch),
    nn.ReLU6(inplace=True),
    nn.Conv2d(ch, 64, 1, bias=False),
    nn.BatchNorm2d(64),
    nn.ReLU6(inplace=True),
)
x = torch.randn(2, ch, 16, 16)
print(block(x).shape)

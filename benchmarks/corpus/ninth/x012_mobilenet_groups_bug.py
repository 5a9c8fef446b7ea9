import torch
import torch.nn as nn


class InvertedResidual(nn.Module):
    def __init__(self, inp, oup, stride, expand_ratio):
        super().__init__()
        hidden = inp * expand_ratio
        self.use_res = stride == 1 and inp == oup
        self.conv = nn.Sequential(
            nn.Conv2d(inp, hidden, 1, bias=False),
            nn.BatchNorm2d(hidden),
            nn.ReLU6(inplace=True),
            nn.Conv2d(hidden, oup, 3, stride, 1, groups=hidden, bias=False),
            nn.BatchNorm2d(oup),
        )

    def forward(self, x):
        if self.use_res:
            return x + self.conv(x)
        return self.conv(x)


blocks = nn.Sequential(
    nn.Conv2d(3, 16, 3, 2, 1, bias=False),
    nn.BatchNorm2d(16),
    nn.ReLU6(inplace=True),
    InvertedResidual(16, 24, 2, 6),
    InvertedResidual(24, 24, 1, 6),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(24, 10),
)
print(blocks(torch.randn(2, 3, 32, 32)).shape)

import torch
from torch import nn


def conv_gn(in_ch, out_ch, groups=8, stride=1):
    return [
        nn.Conv2d(in_ch, out_ch, 3, stride=stride, padding=1, bias=False),
        nn.GroupNorm(groups, out_ch),
        nn.SiLU(),
    ]


layers = []
layers += conv_gn(3, 32)
layers += conv_gn(32, 64, stride=2)
layers += conv_gn(64, 64, groups=16)
layers += conv_gn(64, 128, groups=32, stride=2)
layers += [nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(128, 4)]
model = nn.Sequential(*layers)

x = torch.randn(1, 3, 40, 40)
print(model(x).shape)

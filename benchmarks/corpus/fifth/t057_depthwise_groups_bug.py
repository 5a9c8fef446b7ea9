import torch
import torch.nn as nn


def depthwise_separable(in_ch, out_ch, stride=1):
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, 3, stride=stride, padding=1, groups=in_ch, bias=False),
        nn.BatchNorm2d(out_ch),
        nn.ReLU(inplace=True),
        nn.Conv2d(out_ch, out_ch, 1, bias=False),
        nn.BatchNorm2d(out_ch),
        nn.ReLU(inplace=True),
    )


model = nn.Sequential(
    nn.Conv2d(3, 32, 3, stride=2, padding=1),
    depthwise_separable(32, 64),
    depthwise_separable(64, 96, stride=2),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(96, 10),
)
print(model(torch.randn(2, 3, 64, 64)).shape)

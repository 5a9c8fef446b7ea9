import torch
import torch.nn as nn


def depthwise_separable(in_ch, out_ch, stride=1):
    return [
        nn.Conv2d(in_ch, in_ch, 3, stride=stride, padding=1, groups=in_ch, bias=False),
        nn.BatchNorm2d(in_ch),
        nn.ReLU6(inplace=True),
        nn.Conv2d(in_ch, out_ch, 1, bias=False),
        nn.BatchNorm2d(out_ch),
        nn.ReLU6(inplace=True),
    ]


width_mult = 0.25
c = lambda ch: int(ch * width_mult)
cfg = [(c(32), c(64), 1), (c(64), c(128), 2), (c(128), c(128), 1), (c(128), c(256), 2)]

model = nn.Sequential(
    nn.Conv2d(3, c(32), 3, 2, 1, bias=False),
    nn.BatchNorm2d(c(32)),
    nn.ReLU6(True),
    *[layer for i, o, s in cfg for layer in depthwise_separable(i, o, s)],
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(c(256), 20),
)
out = model(torch.randn(2, 3, 96, 96))

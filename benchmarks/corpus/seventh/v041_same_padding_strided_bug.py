import torch
import torch.nn as nn


def conv_bn(in_ch, out_ch, stride=1):
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, kernel_size=3, stride=stride, padding="same", bias=False),
        nn.BatchNorm2d(out_ch),
        nn.ReLU6(inplace=True),
    )


backbone = nn.Sequential(
    conv_bn(3, 16),
    conv_bn(16, 32, stride=2),
    conv_bn(32, 64, stride=2),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(64, 10),
)

print(backbone(torch.randn(2, 3, 64, 64)).shape)

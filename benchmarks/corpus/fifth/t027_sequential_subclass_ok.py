import torch
import torch.nn as nn


class ConvBNAct(nn.Sequential):
    def __init__(self, in_ch, out_ch, kernel_size=3, stride=1, act_layer=nn.ReLU):
        padding = (kernel_size - 1) // 2
        super().__init__(
            nn.Conv2d(in_ch, out_ch, kernel_size, stride, padding, bias=False),
            nn.BatchNorm2d(out_ch),
            act_layer(inplace=True),
        )


class TinyNet(nn.Sequential):
    def __init__(self, num_classes=100):
        super().__init__(
            ConvBNAct(3, 24, stride=2),
            ConvBNAct(24, 48, stride=2),
            ConvBNAct(48, 96, stride=2, act_layer=nn.ReLU6),
            ConvBNAct(96, 96, kernel_size=1),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
            nn.Linear(96, num_classes),
        )


net = TinyNet()
x = torch.randn(2, 3, 96, 96)
print(net(x).shape)

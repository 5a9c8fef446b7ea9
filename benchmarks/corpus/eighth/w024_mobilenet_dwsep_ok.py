import torch
import torch.nn as nn


def conv_bn(inp, oup, stride):
    return nn.Sequential(
        nn.Conv2d(inp, oup, 3, stride, 1, bias=False),
        nn.BatchNorm2d(oup),
        nn.ReLU(inplace=True),
    )


def conv_dw(inp, oup, stride):
    return nn.Sequential(
        nn.Conv2d(inp, inp, 3, stride, 1, groups=inp, bias=False),
        nn.BatchNorm2d(inp),
        nn.ReLU(inplace=True),
        nn.Conv2d(inp, oup, 1, 1, 0, bias=False),
        nn.BatchNorm2d(oup),
        nn.ReLU(inplace=True),
    )


class MobileNetV1(nn.Module):
    def __init__(self, num_classes=100, width=0.5):
        super().__init__()
        c = lambda ch: int(ch * width)
        self.model = nn.Sequential(
            conv_bn(3, c(32), 2),
            conv_dw(c(32), c(64), 1),
            conv_dw(c(64), c(128), 2),
            conv_dw(c(128), c(128), 1),
            conv_dw(c(128), c(256), 2),
            conv_dw(c(256), c(256), 1),
            conv_dw(c(256), c(512), 2),
            nn.AdaptiveAvgPool2d(1),
        )
        self.fc = nn.Linear(c(512), num_classes)

    def forward(self, x):
        x = self.model(x)
        x = x.view(-1, self.fc.in_features)
        return self.fc(x)


net = MobileNetV1()
print(net(torch.randn(2, 3, 64, 64)).shape)

import torch
import torch.nn as nn


def conv_bn(inp, oup, stride):
    return nn.Sequential(
        nn.Conv2d(inp, oup, 3, stride, 1, bias=False),
        nn.BatchNorm2d(oup),
        nn.ReLU6(inplace=True),
    )


def conv_dw(inp, oup, stride):
    return nn.Sequential(
        nn.Conv2d(inp, inp, 3, stride, 1, groups=inp, bias=False),
        nn.BatchNorm2d(inp),
        nn.ReLU6(inplace=True),
        nn.Conv2d(inp, oup, 1, 1, 0, bias=False),
        nn.BatchNorm2d(oup),
        nn.ReLU6(inplace=True),
    )


class MobileNetV1(nn.Module):
    def __init__(self, num_classes=100, width=0.25):
        super().__init__()
        c = lambda n: int(n * width)
        cfg = [(64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2)]
        layers = [conv_bn(3, c(32), 2)]
        in_c = c(32)
        for out_c, s in cfg:
            layers.append(conv_dw(in_c, c(out_c), s))
            in_c = c(out_c)
        self.model = nn.Sequential(*layers)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(in_c, num_classes)

    def forward(self, x):
        x = self.model(x)
        x = self.pool(x).view(-1, self.fc.in_features)
        return self.fc(x)


net = MobileNetV1()
net.eval()
with torch.no_grad():
    out = net(torch.randn(2, 3, 64, 64))
print(out.shape)

import torch
import torch.nn as nn


def conv_bn(in_ch, out_ch, stride):
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, 3, stride, 1, bias=False),
        nn.BatchNorm2d(out_ch),
        nn.ReLU6(inplace=True),
    )


def conv_dw(in_ch, out_ch, stride):
    return nn.Sequential(
        # depthwise
        nn.Conv2d(in_ch, in_ch, 3, stride, 1, groups=in_ch, bias=False),
        nn.BatchNorm2d(in_ch),
        nn.ReLU6(inplace=True),
        # pointwise
        nn.Conv2d(in_ch, out_ch, 1, 1, 0, bias=False),
        nn.BatchNorm2d(out_ch),
        nn.ReLU6(inplace=True),
    )


class MobileNetTiny(nn.Module):
    def __init__(self, num_classes=10, width=(16, 32, 64, 128)):
        super().__init__()
        layers = [conv_bn(3, width[0], 2)]
        for i in range(1, len(width)):
            layers.append(conv_dw(width[i - 1], width[i], 2 if i % 2 == 1 else 1))
        self.model = nn.Sequential(*layers, nn.AdaptiveAvgPool2d(1))
        self.fc = nn.Linear(width[-1], num_classes)

    def forward(self, x):
        x = self.model(x)
        x = x.view(x.size(0), -1)
        return self.fc(x)


net = MobileNetTiny()
net.eval()
with torch.no_grad():
    out = net(torch.randn(2, 3, 96, 96))
print(out.shape, out.softmax(-1).sum(-1))

import torch
import torch.nn as nn


class DepthwiseSeparable(nn.Module):
    def __init__(self, in_ch, out_ch, stride=1):
        super().__init__()
        self.depthwise = nn.Conv2d(in_ch, out_ch, kernel_size=3, stride=stride, padding=1, groups=out_ch, bias=False)
        self.bn1 = nn.BatchNorm2d(out_ch)
        self.pointwise = nn.Conv2d(out_ch, out_ch, kernel_size=1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_ch)
        self.act = nn.ReLU6(inplace=True)

    def forward(self, x):
        x = self.act(self.bn1(self.depthwise(x)))
        return self.act(self.bn2(self.pointwise(x)))


features = nn.Sequential(
    nn.Conv2d(3, 32, 3, stride=2, padding=1, bias=False),
    nn.BatchNorm2d(32),
    nn.ReLU6(inplace=True),
    DepthwiseSeparable(32, 32),
    DepthwiseSeparable(32, 48, stride=2),
    DepthwiseSeparable(48, 64, stride=2),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(64, 10),
)

x = torch.randn(2, 3, 96, 96)
print(features(x).shape)

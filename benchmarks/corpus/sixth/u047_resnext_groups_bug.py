# ResNeXt bottleneck: cardinality 32, width computed from base_width
import torch
import torch.nn as nn


class ResNeXtBottleneck(nn.Module):
    def __init__(self, in_ch, planes, cardinality=32, base_width=4, stride=1):
        super().__init__()
        width = int(planes * (base_width / 64.0))
        self.conv1 = nn.Conv2d(in_ch, width, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, width, 3, stride, 1, groups=cardinality, bias=False)
        self.bn2 = nn.BatchNorm2d(width)
        self.conv3 = nn.Conv2d(width, planes * 4, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(planes * 4)
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x):
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.relu(self.bn2(self.conv2(out)))
        return self.relu(self.bn3(self.conv3(out)) + x)


block = ResNeXtBottleneck(256, 64)
print(block(torch.randn(2, 256, 14, 14)).shape)

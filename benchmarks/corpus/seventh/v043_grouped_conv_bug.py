import torch
import torch.nn as nn


class ResNeXtBlock(nn.Module):
    def __init__(self, in_ch, out_ch, cardinality=8, bottleneck_width=4):
        super().__init__()
        group_width = cardinality * bottleneck_width
        self.conv1 = nn.Conv2d(in_ch, group_width, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(group_width)
        self.conv2 = nn.Conv2d(group_width, group_width, 3, padding=1, groups=cardinality, bias=False)
        self.bn2 = nn.BatchNorm2d(group_width)
        self.conv3 = nn.Conv2d(group_width, out_ch, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(out_ch)

    def forward(self, x):
        out = torch.relu(self.bn1(self.conv1(x)))
        out = torch.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        return torch.relu(out + x)


stem = nn.Sequential(nn.Conv2d(3, 36, 3, padding=1), nn.BatchNorm2d(36), nn.ReLU())
blocks = nn.Sequential(*[ResNeXtBlock(36, 36, cardinality=6, bottleneck_width=3) for _ in range(2)])
head_conv = nn.Conv2d(36, 64, 3, padding=1, groups=8)
model = nn.Sequential(stem, blocks, head_conv, nn.AdaptiveAvgPool2d(1), nn.Flatten())

print(model(torch.randn(2, 3, 32, 32)).shape)

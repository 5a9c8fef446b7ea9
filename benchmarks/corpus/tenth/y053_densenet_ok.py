import torch
import torch.nn as nn
import torch.nn.functional as F


class DenseLayer(nn.Module):
    def __init__(self, in_channels, growth_rate, bn_size=4):
        super().__init__()
        self.norm1 = nn.BatchNorm2d(in_channels)
        self.conv1 = nn.Conv2d(in_channels, bn_size * growth_rate, 1, bias=False)
        self.norm2 = nn.BatchNorm2d(bn_size * growth_rate)
        self.conv2 = nn.Conv2d(bn_size * growth_rate, growth_rate, 3, padding=1, bias=False)

    def forward(self, x):
        out = self.conv1(F.relu(self.norm1(x)))
        out = self.conv2(F.relu(self.norm2(out)))
        return torch.cat([x, out], 1)


class DenseBlock(nn.Sequential):
    def __init__(self, num_layers, in_channels, growth_rate):
        super().__init__()
        for i in range(num_layers):
            self.add_module("denselayer%d" % (i + 1), DenseLayer(in_channels + i * growth_rate, growth_rate))


def transition(in_channels, out_channels):
    return nn.Sequential(
        nn.BatchNorm2d(in_channels),
        nn.ReLU(inplace=True),
        nn.Conv2d(in_channels, out_channels, 1, bias=False),
        nn.AvgPool2d(2, stride=2),
    )


growth, n_layers, c0 = 12, 4, 24
c1 = c0 + n_layers * growth
model = nn.Sequential(
    nn.Conv2d(3, c0, 3, padding=1, bias=False),
    DenseBlock(n_layers, c0, growth),
    transition(c1, c1 // 2),
    DenseBlock(n_layers, c1 // 2, growth),
    nn.BatchNorm2d(c1 // 2 + n_layers * growth),
    nn.ReLU(inplace=True),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(c1 // 2 + n_layers * growth, 10),
)
out = model(torch.randn(2, 3, 32, 32))

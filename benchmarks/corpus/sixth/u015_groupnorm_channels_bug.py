# Encoder with GroupNorm(8, C) everywhere; a channel count of 12 sneaks in
import torch
import torch.nn as nn


def block(cin, cout, groups=8):
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, padding=1),
        nn.GroupNorm(groups, cout),
        nn.SiLU(),
    )


channels = [3, 16, 12, 32]
layers = []
for cin, cout in zip(channels[:-1], channels[1:]):
    layers.append(block(cin, cout))
    layers.append(nn.MaxPool2d(2))
encoder = nn.Sequential(*layers)

x = torch.randn(2, 3, 64, 64)
print(encoder(x).shape)

import torch
import torch.nn as nn


def build_encoder(in_channels=3, widths=(32, 64, 128)):
    layers = []
    for w in widths:
        layers.append(nn.Conv2d(in_channels, w, 3, padding=1))
        layers.append(nn.BatchNorm2d(w))
        layers.append(nn.ReLU())
        layers.append(nn.MaxPool2d(2))
    return nn.Sequential(*layers)


enc = build_encoder()
x = torch.randn(4, 3, 64, 64)
print(enc(x).shape)

import torch
import torch.nn as nn

channels = [3, 16, 32, 64]

net = nn.Sequential()
for i in range(len(channels) - 1):
    net.add_module(f"conv{i}", nn.Conv2d(channels[i], channels[i + 1], 3, padding=1))
    net.add_module(f"bn{i}", nn.BatchNorm2d(channels[i + 1]))
    net.add_module(f"relu{i}", nn.ReLU())
    net.add_module(f"pool{i}", nn.MaxPool2d(2))
net.add_module("flatten", nn.Flatten())
net.add_module("fc", nn.Linear(64 * 4 * 4, 10))

x = torch.randn(5, 3, 32, 32)
print(net(x).shape)

import torch
import torch.nn as nn

net = nn.Sequential(
    nn.Conv2d(3, 24, kernel_size=3, stride=2, padding=1),
    nn.BatchNorm2d(24),
    nn.ReLU(inplace=True),
    nn.MaxPool2d(kernel_size=3, stride=2, ceil_mode=True),
    nn.Conv2d(24, 48, kernel_size=3, padding=1),
    nn.BatchNorm2d(48),
    nn.ReLU(inplace=True),
    nn.MaxPool2d(kernel_size=3, stride=2, ceil_mode=True),
    nn.Flatten(),
    nn.Linear(48 * 7 * 7, 10),
)

x = torch.randn(4, 3, 56, 56)
out = net(x)

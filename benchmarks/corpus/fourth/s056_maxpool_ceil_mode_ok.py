import torch
import torch.nn as nn

# GoogLeNet/SqueezeNet style pooling with ceil_mode
net = nn.Sequential(
    nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3),
    nn.ReLU(inplace=True),
    nn.MaxPool2d(3, stride=2, ceil_mode=True),
    nn.Conv2d(64, 192, kernel_size=3, padding=1),
    nn.ReLU(inplace=True),
    nn.MaxPool2d(3, stride=2, ceil_mode=True),
    nn.Conv2d(192, 64, 1),
    nn.MaxPool2d(3, stride=2, ceil_mode=True),
    nn.Flatten(),
    nn.Linear(64 * 7 * 7, 10),
)
print(net(torch.randn(2, 3, 113, 113)).shape)

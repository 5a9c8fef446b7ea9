# Trying padding='same' to avoid computing padding by hand, with a downsampling conv
import torch
import torch.nn as nn

net = nn.Sequential(
    nn.Conv2d(3, 32, kernel_size=3, padding='same'),
    nn.ReLU(),
    nn.Conv2d(32, 64, kernel_size=3, stride=2, padding='same'),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(64, 10),
)

x = torch.randn(4, 3, 32, 32)
print(net(x).shape)

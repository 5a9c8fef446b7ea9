# LeNet-5 style net for CIFAR-10 (adapted from the 60 minute blitz, added padding)
import torch
import torch.nn as nn

net = nn.Sequential(
    nn.Conv2d(3, 6, 5, padding=2),
    nn.ReLU(),
    nn.MaxPool2d(2, 2),
    nn.Conv2d(6, 16, 5),
    nn.ReLU(),
    nn.MaxPool2d(2, 2),
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120),
    nn.ReLU(),
    nn.Linear(120, 84),
    nn.ReLU(),
    nn.Linear(84, 10),
)

x = torch.randn(4, 3, 32, 32)
print(x.shape)
out = net(x)
print(out.shape)

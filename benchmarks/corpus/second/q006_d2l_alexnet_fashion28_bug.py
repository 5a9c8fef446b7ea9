import torch
from torch import nn

net = nn.Sequential(
    nn.Conv2d(1, 32, kernel_size=11, stride=4, padding=1), nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Conv2d(32, 64, kernel_size=5, padding=2), nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Conv2d(64, 64, kernel_size=3, padding=1), nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Flatten(),
    nn.Linear(64 * 5 * 5, 128), nn.ReLU(),
    nn.Linear(128, 10))
# forgot the Resize(224) transform
X = torch.randn(8, 1, 28, 28)
print(net(X).shape)

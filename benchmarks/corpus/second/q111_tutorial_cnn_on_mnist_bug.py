import torch
import torch.nn as nn

# the CIFAR tutorial net, reused on 28x28 MNIST (with grayscale converted to 3 channels)
net = nn.Sequential(
    nn.Conv2d(3, 6, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
    nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120), nn.ReLU(),
    nn.Linear(120, 84), nn.ReLU(),
    nn.Linear(84, 10),
)
images = torch.randn(4, 1, 28, 28).repeat(1, 3, 1, 1)
print(net(images).shape)

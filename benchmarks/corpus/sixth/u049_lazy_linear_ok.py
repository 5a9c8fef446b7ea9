# Let LazyLinear infer the flattened size (avoids the usual mat1/mat2 headache)
import torch
import torch.nn as nn


def make_net(num_classes):
    return nn.Sequential(
        nn.Conv2d(3, 24, 5, stride=2),
        nn.ReLU(),
        nn.Conv2d(24, 48, 3, stride=2),
        nn.ReLU(),
        nn.MaxPool2d(3, stride=2),
        nn.Flatten(),
        nn.LazyLinear(128),
        nn.ReLU(),
        nn.Linear(128, num_classes),
    )


def main():
    net = make_net(7)
    x = torch.randn(5, 3, 77, 77)
    y = net(x)
    print(y.shape, net[6].weight.shape)


main()

import torch
from torch.nn import Sequential, Conv2d, ReLU, MaxPool2d, Flatten, Linear

torch.manual_seed(0)
model = Sequential(
    Conv2d(1, 8, kernel_size=(3, 3)),
    ReLU(),
    MaxPool2d(kernel_size=(2, 2)),
    Flatten(),
    Linear(8 * 14 * 14, 10),
)
print(model(torch.rand(3, 1, 28, 28)).shape)

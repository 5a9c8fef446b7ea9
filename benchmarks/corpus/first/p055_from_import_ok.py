import torch
from torch.nn import Sequential, Conv2d, ReLU, MaxPool2d, Flatten, Linear, Dropout

torch.manual_seed(0)
model = Sequential(
    Conv2d(1, 8, kernel_size=(3, 3)),
    ReLU(),
    MaxPool2d(kernel_size=(2, 2)),
    Dropout(0.25),
    Flatten(),
    Linear(8 * 13 * 13, 10),
)
print(model(torch.rand(3, 1, 28, 28)).shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 8, 3, 1, 1, 1, 1, True),
    nn.BatchNorm2d(8, 1e-3, 0.01),
    nn.LeakyReLU(0.2, True),
    nn.MaxPool2d(2, 2, 0, 1, False, True),       # ceil_mode=True positionally
    nn.Flatten(),
    nn.Linear(8 * 4 * 4, 3),
    nn.Softmax(1),
)
print(model(torch.randn(2, 3, 7, 7)).shape)

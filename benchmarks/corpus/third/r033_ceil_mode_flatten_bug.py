import torch
import torch.nn as nn

IMG = 75

model = nn.Sequential(
    nn.Conv2d(1, 16, 5),
    nn.ReLU(),
    nn.MaxPool2d(2, ceil_mode=True),
    nn.Conv2d(16, 32, 3),
    nn.ReLU(),
    nn.MaxPool2d(2, ceil_mode=True),
    nn.Conv2d(32, 32, 3),
    nn.ReLU(),
    nn.MaxPool2d(2, ceil_mode=True),
    nn.Flatten(),
    nn.Linear(32 * 7 * 7, 64),
    nn.ReLU(),
    nn.Linear(64, 2),
)

x = torch.randn(5, 1, IMG, IMG)
print(model(x).shape)

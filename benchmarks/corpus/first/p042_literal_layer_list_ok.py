import torch
from torch import nn

torch.manual_seed(0)
layers = [
    nn.Conv2d(1, 4, 3),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(4 * 6 * 6, 2),
]
model = nn.Sequential(*layers)
print(model(torch.randn(5, 1, 8, 8)).shape)

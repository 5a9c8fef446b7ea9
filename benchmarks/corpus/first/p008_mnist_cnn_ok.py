import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(
    nn.Conv2d(1, 16, 5),   # 24
    nn.MaxPool2d(2),       # 12
    nn.ReLU(),
    nn.Conv2d(16, 32, 5),  # 8
    nn.MaxPool2d(2),       # 4
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(32 * 4 * 4, 10),
)
dummy = torch.zeros(1, 1, 28, 28)
print(net(dummy).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 8, 3, stride=2),
    nn.MaxPool2d(3, stride=2, ceil_mode=True),
    nn.Flatten(),
    nn.Linear(8 * 4 * 4, 5),
)
print(model(torch.randn(2, 3, 19, 19)).shape)

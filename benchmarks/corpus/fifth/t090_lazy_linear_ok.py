import torch
import torch.nn as nn

# don't want to compute the flatten size by hand -> LazyLinear
model = nn.Sequential(
    nn.Conv2d(3, 16, 5),
    nn.ReLU(),
    nn.MaxPool2d(3),
    nn.Conv2d(16, 24, 3, stride=2),
    nn.ReLU(),
    nn.Flatten(),
    nn.LazyLinear(128),
    nn.ReLU(),
    nn.Linear(128, 6),
)

x = torch.randn(2, 3, 77, 77)
print(model(x).shape)

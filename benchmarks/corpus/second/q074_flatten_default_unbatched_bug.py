import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(1, 4, 3),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(4 * 26 * 26, 10),
)
single = torch.randn(1, 28, 28)
print(model(single).shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 16, 3, stride=2, padding="same"),
    nn.ReLU(),
)
print(model(torch.randn(1, 3, 32, 32)).shape)

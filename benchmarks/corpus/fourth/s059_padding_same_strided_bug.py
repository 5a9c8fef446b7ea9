import torch
import torch.nn as nn

encoder = nn.Sequential(
    nn.Conv2d(3, 32, 3, padding="same"),
    nn.ReLU(),
    nn.Conv2d(32, 64, 3, stride=2, padding="same"),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
)
print(encoder(torch.randn(1, 3, 64, 64)).shape)

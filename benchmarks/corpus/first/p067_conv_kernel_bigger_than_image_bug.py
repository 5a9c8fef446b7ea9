import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 8, kernel_size=7),
    nn.ReLU(),
)
x = torch.randn(1, 3, 5, 5)
print(model(x).shape)

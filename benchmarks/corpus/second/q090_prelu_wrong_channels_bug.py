import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 32, 3, padding=1),
    nn.PReLU(num_parameters=64),
    nn.Conv2d(32, 64, 3, padding=1),
)
print(model(torch.randn(2, 3, 16, 16)).shape)

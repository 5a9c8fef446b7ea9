import torch
import torch.nn as nn

# PReLU's channel axis is dim 1, which is the sequence axis here
model = nn.Sequential(
    nn.Linear(16, 8),
    nn.PReLU(8),
    nn.Linear(8, 1),
)
print(model(torch.randn(4, 10, 16)).shape)

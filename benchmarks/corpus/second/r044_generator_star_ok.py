import torch
import torch.nn as nn

depth, width = 3, 24
model = nn.Sequential(
    nn.Linear(5, width),
    *(nn.Sequential(nn.Linear(width, width), nn.GELU()) for _ in range(depth)),
    nn.Linear(width, 1),
)
print(model(torch.randn(2, 5)).shape)

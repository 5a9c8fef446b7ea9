import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(6, 6),
    nn.Bilinear(6, 6, 4),
)
print(model(torch.randn(3, 6)).shape)

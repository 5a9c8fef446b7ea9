import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(8, 60),
    nn.Unflatten(1, torch.Size([3, 4, 5])),
    nn.LayerNorm(torch.Size([4, 5])),
    nn.Conv2d(3, 2, (2, 3), padding=[1, 1]),
)
print(model(torch.randn(2, 8)).shape)

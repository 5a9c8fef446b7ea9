import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(10, 64),
    nn.ReLU(),
    nn.Upsample(scale_factor=2),
    nn.Linear(128, 10),
)
print(model(torch.randn(4, 10)).shape)

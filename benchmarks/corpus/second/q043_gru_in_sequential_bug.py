import torch
import torch.nn as nn

model = nn.Sequential(
    nn.GRU(8, 32, batch_first=True),
    nn.Linear(32, 1),
)
x = torch.randn(4, 50, 8)
print(model(x).shape)

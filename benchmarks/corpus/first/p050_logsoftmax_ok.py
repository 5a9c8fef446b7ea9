import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(10, 5),
    nn.LogSoftmax(dim=-1),
)
x = torch.randn(4, 10)
print(model(x).exp().sum(1))

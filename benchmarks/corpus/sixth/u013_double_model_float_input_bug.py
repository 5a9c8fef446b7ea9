# Regression net moved to float64 for precision; input left as float32
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(10, 50),
    nn.Tanh(),
    nn.Linear(50, 50),
    nn.Tanh(),
    nn.Linear(50, 1),
)
model = model.double()

x = torch.randn(8, 10)
y = model(x)
print(y.shape)

# switched to double precision for a physics regression, forgot the inputs
import torch
import torch.nn as nn

torch.manual_seed(0)

net = nn.Sequential(
    nn.Linear(3, 64),
    nn.SiLU(),
    nn.Linear(64, 64),
    nn.SiLU(),
    nn.Linear(64, 1),
)
net = net.double()

coords = torch.rand(128, 3)
print(coords.dtype)
energy = net(coords)
print(energy.shape)

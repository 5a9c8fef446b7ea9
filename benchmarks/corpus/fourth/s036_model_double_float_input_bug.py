import torch
import torch.nn as nn


def make_pinn(width=32, depth=3):
    layers = [nn.Linear(2, width), nn.Tanh()]
    for _ in range(depth - 1):
        layers += [nn.Linear(width, width), nn.Tanh()]
    layers.append(nn.Linear(width, 1))
    return nn.Sequential(*layers)


net = make_pinn().double()
xt = torch.rand(100, 2)
print(net(xt).shape)

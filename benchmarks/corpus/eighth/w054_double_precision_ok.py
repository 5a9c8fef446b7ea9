import numpy as np
import torch
import torch.nn as nn


class PINN(nn.Module):
    """Physics-informed net u(t, x) for Burgers' equation; trained in float64."""

    def __init__(self, layers=(2, 20, 20, 20, 1)):
        super().__init__()
        mods = []
        for i in range(len(layers) - 2):
            mods += [nn.Linear(layers[i], layers[i + 1]), nn.Tanh()]
        mods.append(nn.Linear(layers[-2], layers[-1]))
        self.net = nn.Sequential(*mods)

    def forward(self, t, x):
        return self.net(torch.cat([t, x], dim=1))


model = PINN().double()
t = torch.from_numpy(np.linspace(0, 1, 50).reshape(-1, 1)).requires_grad_(True)
x = torch.from_numpy(np.linspace(-1, 1, 50).reshape(-1, 1)).requires_grad_(True)
u = model(t, x)
u_t = torch.autograd.grad(u, t, torch.ones_like(u), create_graph=True)[0]
u_x = torch.autograd.grad(u, x, torch.ones_like(u), create_graph=True)[0]
u_xx = torch.autograd.grad(u_x, x, torch.ones_like(u_x), create_graph=True)[0]
residual = u_t + u * u_x - (0.01 / np.pi) * u_xx
loss = residual.pow(2).mean()
loss.backward()
print(u.dtype, u.shape, loss.item())

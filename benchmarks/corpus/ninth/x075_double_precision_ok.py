import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


class PhysicsMLP(nn.Module):
    def __init__(self, in_dim=3, width=32, depth=3, out_dim=1):
        super().__init__()
        dims = [in_dim] + [width] * depth
        self.hidden = nn.ModuleList([nn.Linear(a, b) for a, b in zip(dims[:-1], dims[1:])])
        self.out = nn.Linear(width, out_dim)

    def forward(self, x):
        for layer in self.hidden:
            x = torch.tanh(layer(x))
        return self.out(x)


grid = np.stack(np.meshgrid(np.linspace(0, 1, 5), np.linspace(0, 1, 5), np.linspace(0, 1, 2)), -1).reshape(-1, 3)
x = torch.from_numpy(grid)
u = torch.sin(np.pi * x[:, :1]) * torch.exp(-x[:, 2:3])

model = PhysicsMLP().double()
optimizer = torch.optim.LBFGS(model.parameters(), lr=0.5, max_iter=5)


def closure():
    optimizer.zero_grad()
    loss = F.mse_loss(model(x), u)
    loss.backward()
    return loss


loss = optimizer.step(closure)
print(x.dtype, loss.item())

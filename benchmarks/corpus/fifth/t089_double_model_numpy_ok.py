import numpy as np
import torch
import torch.nn as nn

np.random.seed(0)
x_np = np.linspace(-1, 1, 64).reshape(-1, 1)   # float64 grid for a PINN

pinn = nn.Sequential(
    nn.Linear(1, 20),
    nn.Tanh(),
    nn.Linear(20, 20),
    nn.Tanh(),
    nn.Linear(20, 1),
).double()

x = torch.from_numpy(x_np).requires_grad_(True)
u = pinn(x)
du = torch.autograd.grad(u.sum(), x, create_graph=True)[0]
print(u.shape, du.shape, u.dtype)

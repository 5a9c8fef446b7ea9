# Physics-informed regression in float64: model.double() with numpy float64 inputs
import numpy as np
import torch
import torch.nn as nn

np.random.seed(0)
X = np.random.rand(100, 3)

net = nn.Sequential(
    nn.Linear(3, 32),
    nn.Softplus(),
    nn.Linear(32, 32),
    nn.Softplus(),
    nn.Linear(32, 1),
)
net.double()

x = torch.from_numpy(X)
u = net(x)
print(x.dtype, u.shape, u.dtype)

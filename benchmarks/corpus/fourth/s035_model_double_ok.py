import numpy as np
import torch
import torch.nn as nn

# physics simulation data, keep float64 precision everywhere
x = np.linspace(-1.0, 1.0, 200).reshape(-1, 1)
model = nn.Sequential(
    nn.Linear(1, 50),
    nn.Tanh(),
    nn.Linear(50, 50),
    nn.Tanh(),
    nn.Linear(50, 1),
)
model.double()
u = model(torch.from_numpy(x))
print(u.dtype, u.shape)

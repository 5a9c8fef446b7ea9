import numpy as np
import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)     # scientific-computing notebook
model = nn.Sequential(nn.Linear(3, 32), nn.Tanh(), nn.Linear(32, 1))
x = torch.from_numpy(np.linspace(0, 1, 30).reshape(10, 3))
print(model(x).shape)

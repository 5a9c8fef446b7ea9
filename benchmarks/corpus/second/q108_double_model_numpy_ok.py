import numpy as np
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(3, 32), nn.Tanh(), nn.Linear(32, 1))
model.double()
x = torch.from_numpy(np.random.rand(10, 3))
print(model(x).shape)

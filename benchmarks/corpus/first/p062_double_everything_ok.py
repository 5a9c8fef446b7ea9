import numpy as np
import torch
import torch.nn as nn

rng = np.random.default_rng(0)
data = rng.normal(size=(32, 5))
model = nn.Sequential(nn.Linear(5, 10), nn.ReLU(), nn.Linear(10, 1)).double()
x = torch.from_numpy(data)
print(model(x).shape)

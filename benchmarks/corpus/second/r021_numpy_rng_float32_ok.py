import numpy as np
import torch
import torch.nn as nn

rng = np.random.default_rng(0)
model = nn.Sequential(nn.Linear(10, 4), nn.ReLU(), nn.Linear(4, 1))
x = torch.from_numpy(rng.standard_normal((3, 10), dtype=np.float32))
print(model(x).shape)

import numpy as np
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 4), nn.ReLU(), nn.Linear(4, 1))
arr = np.asarray(np.random.rand(3, 10), dtype=np.float32)
print(model(torch.from_numpy(arr)).shape)

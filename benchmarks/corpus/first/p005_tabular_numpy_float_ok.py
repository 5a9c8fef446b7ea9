import numpy as np
import torch
import torch.nn as nn

np.random.seed(0)
X = np.random.rand(100, 8)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 1))
inputs = torch.from_numpy(X).float()
pred = model(inputs)
print(pred.shape)

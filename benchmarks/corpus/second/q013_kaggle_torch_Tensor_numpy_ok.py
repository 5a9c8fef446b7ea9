import numpy as np
import torch
import torch.nn as nn

X_np = np.random.rand(32, 20)          # float64
X = torch.Tensor(X_np)                 # torch.Tensor(...) always makes float32
model = nn.Sequential(nn.Linear(20, 16), nn.ReLU(), nn.Linear(16, 1), nn.Sigmoid())
print(model(X).shape)

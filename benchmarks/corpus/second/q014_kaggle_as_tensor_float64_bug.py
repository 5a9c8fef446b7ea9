import numpy as np
import torch
import torch.nn as nn

X_np = np.random.rand(32, 20)
X = torch.as_tensor(X_np)
model = nn.Sequential(nn.Linear(20, 16), nn.ReLU(), nn.Linear(16, 1), nn.Sigmoid())
print(model(X).shape)

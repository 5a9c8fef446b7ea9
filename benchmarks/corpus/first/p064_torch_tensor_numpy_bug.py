import numpy as np
import torch
import torch.nn as nn

np.random.seed(1)
X = np.random.randn(20, 4)
net = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
X_t = torch.tensor(X)
print(net(X_t).shape)

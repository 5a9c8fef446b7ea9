import numpy as np
import torch
import torch.nn as nn

features = np.random.randn(100, 8).astype(np.float32)
x = torch.from_numpy(features)
net = nn.Sequential(nn.Linear(8, 32), nn.Tanh(), nn.Linear(32, 3), nn.LogSoftmax(dim=1))
print(net(x).shape)

import numpy as np
import torch
import torch.nn as nn

np.random.seed(1)
X = np.random.rand(20, 4).astype(np.float32)
net = nn.Sequential(nn.Linear(4, 3))
print(net(torch.from_numpy(X)).shape)

import numpy as np
import torch
import torch.nn as nn

X_np = np.random.rand(32, 20)
X = torch.from_numpy(X_np).type(torch.FloatTensor)
model = nn.Sequential(nn.Linear(20, 16), nn.ReLU(), nn.Linear(16, 1))
print(model(X).shape)

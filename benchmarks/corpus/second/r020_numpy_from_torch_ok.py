import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 4), nn.ReLU(), nn.Linear(4, 1))
arr = torch.randn(3, 10).numpy()
print(model(torch.from_numpy(arr)).shape)

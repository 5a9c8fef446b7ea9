import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 10))
model.insert(0, nn.Flatten())
print(model(torch.randn(5, 1, 28, 28)).shape)

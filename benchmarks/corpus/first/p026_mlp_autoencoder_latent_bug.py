import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 32))
decoder = nn.Sequential(nn.Linear(16, 128), nn.ReLU(), nn.Linear(128, 784), nn.Sigmoid())
x = torch.rand(16, 784)
out = decoder(encoder(x))
print(out.shape)

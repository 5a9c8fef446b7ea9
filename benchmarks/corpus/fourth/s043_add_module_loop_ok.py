import torch
import torch.nn as nn

hidden_sizes = [256, 128, 64]
mlp = nn.Sequential()
prev = 784
for i, h in enumerate(hidden_sizes):
    mlp.add_module(f"fc{i}", nn.Linear(prev, h))
    mlp.add_module(f"act{i}", nn.LeakyReLU(0.1))
    prev = h
mlp.add_module("out", nn.Linear(prev, 10))
mlp.add_module("logsoftmax", nn.LogSoftmax(dim=1))

x = torch.randn(5, 784)
print(mlp(x).shape)

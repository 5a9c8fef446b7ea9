import torch
import torch.nn as nn

torch.manual_seed(0)
sizes = [64, 128, 64, 10]
layers = []
for i in range(len(sizes) - 1):
    layers.append(nn.Linear(sizes[i], sizes[i + 1]))
    layers.append(nn.ReLU())
model = nn.Sequential(*layers)
x = torch.randn(3, 64)
print(model(x).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
layers = [nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10)]
layers.insert(0, nn.Flatten())
model = nn.Sequential(*layers)
print(model(torch.randn(8, 1, 28, 28)).shape)

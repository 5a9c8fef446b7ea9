import torch
import torch.nn as nn

torch.manual_seed(0)
layers = [nn.Flatten(), nn.Linear(784, 128)]
layers.extend([nn.ReLU(), nn.Linear(128, 10)])
model = nn.Sequential(*layers)
print(model(torch.randn(8, 1, 28, 28)).shape)

from collections import OrderedDict
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(OrderedDict([
    ("fc1", nn.Linear(4, 32)),
    ("relu1", nn.ReLU()),
    ("fc2", nn.Linear(32, 16)),
    ("relu2", nn.ReLU()),
    ("out", nn.Linear(16, 3)),
    ("softmax", nn.Softmax(dim=1)),
]))
x = torch.randn(10, 4)
print(model(x).shape)

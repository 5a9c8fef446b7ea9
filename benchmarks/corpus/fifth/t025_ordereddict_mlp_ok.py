from collections import OrderedDict

import torch
import torch.nn as nn

model = nn.Sequential(OrderedDict([
    ("fc1", nn.Linear(20, 64)),
    ("bn1", nn.BatchNorm1d(64)),
    ("act1", nn.ReLU()),
    ("drop", nn.Dropout(0.25)),
    ("fc2", nn.Linear(64, 32)),
    ("act2", nn.ReLU()),
    ("out", nn.Linear(32, 1)),
]))

print(model)
x = torch.randn(10, 20)
y = model(x)
print("out:", y.shape)
print("hidden:", model.fc1(x).shape)

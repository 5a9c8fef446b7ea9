import torch
import torch.nn as nn
from collections import OrderedDict

n_features = 42
n_classes = 5

model = nn.Sequential(OrderedDict([
    ("fc1", nn.Linear(n_features, 256)),
    ("bn1", nn.BatchNorm1d(256)),
    ("act1", nn.ReLU()),
    ("drop1", nn.Dropout(0.2)),
    ("fc2", nn.Linear(256, 128)),
    ("bn2", nn.BatchNorm1d(128)),
    ("act2", nn.ReLU()),
    ("out", nn.Linear(128, n_classes)),
]))

X = torch.randn(512, n_features)
y = torch.randint(0, n_classes, (512,))
criterion = nn.CrossEntropyLoss()
for start in range(0, 512, 128):
    xb, yb = X[start:start + 128], y[start:start + 128]
    loss = criterion(model(xb), yb)
    loss.backward()

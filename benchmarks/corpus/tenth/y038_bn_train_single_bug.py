import torch
import torch.nn as nn
from collections import OrderedDict

n_in, hidden = 8, 64

model = nn.Sequential(OrderedDict([
    ("fc1", nn.Linear(n_in, hidden)),
    ("bn1", nn.BatchNorm1d(hidden)),
    ("relu1", nn.ReLU()),
    ("fc2", nn.Linear(hidden, hidden)),
    ("bn2", nn.BatchNorm1d(hidden)),
    ("relu2", nn.ReLU()),
    ("out", nn.Linear(hidden, 1)),
]))
optimizer = torch.optim.Adam(model.parameters())

X = torch.randn(65, n_in)
y = torch.randn(65, 1)
batch_size = 16
for i in range(0, len(X), batch_size):
    xb, yb = X[i:i + batch_size], y[i:i + batch_size]
    loss = nn.functional.mse_loss(model(xb), yb)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

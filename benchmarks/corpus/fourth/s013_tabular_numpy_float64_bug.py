# Kaggle-style tabular regression, data comes from numpy
import numpy as np
import torch
import torch.nn as nn

rng = np.random.default_rng(42)
X = rng.normal(size=(256, 12))
y = X @ rng.normal(size=(12, 1))

model = nn.Sequential(
    nn.Linear(12, 64),
    nn.ReLU(),
    nn.Linear(64, 32),
    nn.ReLU(),
    nn.Linear(32, 1),
)

X_t = torch.from_numpy(X)
y_t = torch.from_numpy(y)
pred = model(X_t)
loss = nn.MSELoss()(pred, y_t)
print(pred.shape, loss.item())

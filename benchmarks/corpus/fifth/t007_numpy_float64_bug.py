import numpy as np
import torch
import torch.nn as nn

np.random.seed(0)

# synthetic regression data generated with numpy
X = np.random.rand(200, 8)
y = X @ np.arange(8) + 0.1 * np.random.randn(200)

model = nn.Sequential(
    nn.Linear(8, 32),
    nn.Tanh(),
    nn.Linear(32, 1),
)

X_t = torch.from_numpy(X)
y_t = torch.from_numpy(y).unsqueeze(1)
print(X_t.shape, y_t.shape)

pred = model(X_t)
loss = nn.functional.mse_loss(pred, y_t)
print(pred.shape, loss.item())

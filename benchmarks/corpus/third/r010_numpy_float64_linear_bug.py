import numpy as np
import torch
import torch.nn as nn

rng = np.random.default_rng(42)
X = rng.normal(size=(256, 8))
y = (X[:, 0] > 0).astype(np.int64)

X_t = torch.from_numpy(X)
y_t = torch.from_numpy(y)

model = nn.Sequential(
    nn.Linear(8, 32),
    nn.ReLU(),
    nn.Linear(32, 2),
)
criterion = nn.CrossEntropyLoss()

logits = model(X_t)
loss = criterion(logits, y_t)
print(logits.shape, loss.item())

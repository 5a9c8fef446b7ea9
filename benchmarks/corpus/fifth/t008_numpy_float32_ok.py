import numpy as np
import torch
import torch.nn as nn

rng = np.random.default_rng(0)
X = rng.normal(size=(150, 4))          # iris-like features, float64
labels = rng.integers(0, 3, size=150)

clf = nn.Sequential(
    nn.Linear(4, 16),
    nn.ReLU(),
    nn.Linear(16, 16),
    nn.ReLU(),
    nn.Linear(16, 3),
)

X_t = torch.tensor(X, dtype=torch.float32)
y_t = torch.tensor(labels)
logits = clf(X_t)
loss = nn.CrossEntropyLoss()(logits, y_t)
print("logits", logits.shape, "loss", round(loss.item(), 3))

# predicting survival from integer-coded columns (pclass, sex, sibsp, parch, age bucket)
import numpy as np
import torch
import torch.nn as nn

rng = np.random.default_rng(7)
features = np.stack([
    rng.integers(1, 4, 100),     # pclass
    rng.integers(0, 2, 100),     # sex
    rng.integers(0, 5, 100),     # sibsp
    rng.integers(0, 4, 100),     # parch
    rng.integers(0, 8, 100),     # age bucket
], axis=1)
target = rng.integers(0, 2, 100)

model = nn.Sequential(
    nn.Linear(5, 16),
    nn.ReLU(),
    nn.Linear(16, 1),
)

X = torch.tensor(features)
y = torch.tensor(target, dtype=torch.float32)
print(X.shape, X.dtype)
logits = model(X).squeeze(1)
loss = nn.BCEWithLogitsLoss()(logits, y)
print(loss.item())

import numpy as np
import torch
import torch.nn as nn

np.random.seed(0)
features = np.random.rand(500, 20).astype(np.float32)
labels = (features.sum(axis=1) > 10).astype(np.int64)

n_in = features.shape[1]
model = nn.Sequential(
    nn.Linear(20, 128),
    nn.BatchNorm1d(128),
    nn.ReLU(),
    nn.Dropout(0.25),
    nn.Linear(128, 64),
    nn.BatchNorm1d(64),
    nn.ReLU(),
    nn.Linear(64, 2),
)

xb = torch.from_numpy(features[:64])
yb = torch.from_numpy(labels[:64])
logits = model(xb)
loss = nn.CrossEntropyLoss()(logits, yb)
loss.backward()
print(logits.shape, float(loss))

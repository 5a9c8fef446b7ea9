import numpy as np
import torch
import torch.nn as nn

rng = np.random.RandomState(1)
data = rng.rand(500, 11)
X = data[:, :-1].astype(np.float32)
y = (data[:, -1] > 0.5).astype(np.float32)

X_tensor = torch.tensor(X)
y_tensor = torch.tensor(y).unsqueeze(1)

model = nn.Sequential(
    nn.BatchNorm1d(X.shape[1]),
    nn.Linear(X.shape[1], 64),
    nn.ReLU(),
    nn.Dropout(0.25),
    nn.Linear(64, 1),
)
loss_fn = nn.BCEWithLogitsLoss()
logits = model(X_tensor[:128])
print(logits.shape, loss_fn(logits, y_tensor[:128]).item())

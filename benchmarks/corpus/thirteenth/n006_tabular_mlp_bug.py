import numpy as np
import torch
import torch.nn as nn


def make_mlp(in_dim, hidden, out_dim, dropout=0.1):
    layers = []
    prev = in_dim
    for h in hidden:
        layers.append(nn.Linear(prev, h))
        layers.append(nn.BatchNorm1d(h))
        layers.append(nn.ReLU())
        layers.append(nn.Dropout(dropout))
    layers.append(nn.Linear(prev, out_dim))
    return nn.Sequential(*layers)


rng = np.random.default_rng(42)
X = rng.normal(size=(200, 13)).astype(np.float32)
y = (X[:, 0] * 2.0 - X[:, 3] + rng.normal(scale=0.1, size=200)).astype(np.float32)

X_t = torch.from_numpy(X)
y_t = torch.from_numpy(y).unsqueeze(1)

model = make_mlp(X.shape[1], [64, 32, 16], 1)
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-4)
loss_fn = nn.MSELoss()

for epoch in range(2):
    model.train()
    perm = torch.randperm(X_t.size(0))
    for i in range(0, X_t.size(0), 100):
        idx = perm[i:i + 100]
        optimizer.zero_grad()
        pred = model(X_t[idx])
        loss = loss_fn(pred, y_t[idx])
        loss.backward()
        optimizer.step()
    print(epoch, loss.item())

model.eval()
with torch.no_grad():
    print(model(X_t[:5]).squeeze(1))

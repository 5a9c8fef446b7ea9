import torch
import torch.nn as nn
import numpy as np


def make_mlp(in_dim, hidden_dims, out_dim, dropout=0.1):
    layers = []
    prev = in_dim
    for h in hidden_dims:
        layers.append(nn.Linear(prev, h))
        layers.append(nn.ReLU())
        layers.append(nn.Dropout(dropout))
        prev = h
    layers.append(nn.Linear(prev, out_dim))
    return nn.Sequential(*layers)


class Regressor(nn.Module):
    def __init__(self, n_features, hidden=(128, 64, 32)):
        super().__init__()
        self.net = make_mlp(n_features, hidden, 1)

    def forward(self, x):
        return self.net(x).squeeze(-1)


rng = np.random.default_rng(0)
X = rng.normal(size=(200, 13)).astype(np.float32)
y = (X @ rng.normal(size=13) + 0.1 * rng.normal(size=200)).astype(np.float32)

X_t = torch.from_numpy(X)
y_t = torch.from_numpy(y)

model = Regressor(n_features=X.shape[1])
optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
loss_fn = nn.MSELoss()

for epoch in range(2):
    perm = torch.randperm(len(X_t))
    for i in range(0, len(X_t), 100):
        idx = perm[i:i + 100]
        pred = model(X_t[idx])
        loss = loss_fn(pred, y_t[idx])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print(epoch, loss.item())

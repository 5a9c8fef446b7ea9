import numpy as np
import torch
import torch.nn as nn


class ChurnNet(nn.Module):
    def __init__(self, n_features, hidden=64):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(n_features, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(),
            nn.Dropout(0.2),
            nn.Linear(hidden, hidden // 2),
            nn.BatchNorm1d(hidden // 2),
            nn.ReLU(),
            nn.Linear(hidden // 2, 1),
        )

    def forward(self, x):
        return self.layers(x).squeeze(1)


rng = np.random.default_rng(42)
n_rows = 97
X = rng.normal(size=(n_rows, 18)).astype(np.float32)
y = (rng.random(n_rows) < 0.3).astype(np.float32)

# standardise
X = (X - X.mean(0)) / (X.std(0) + 1e-6)
X_t, y_t = torch.tensor(X), torch.tensor(y)

model = ChurnNet(X.shape[1])
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(2.0))
batch_size = 32

model.train()
for epoch in range(2):
    total = 0.0
    for start in range(0, n_rows, batch_size):
        xb = X_t[start:start + batch_size]
        yb = y_t[start:start + batch_size]
        loss = loss_fn(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    print(epoch, total / n_rows)

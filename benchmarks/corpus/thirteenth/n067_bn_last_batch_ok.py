import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader


def make_dataset(n_rows=161, n_cols=8, seed=0):
    rng = np.random.RandomState(seed)
    X = rng.rand(n_rows, n_cols).astype(np.float32)
    y = (X.sum(axis=1) > n_cols / 2).astype(np.int64)
    return TensorDataset(torch.from_numpy(X), torch.from_numpy(y))


class TabNet(nn.Module):
    def __init__(self, n_in=8, hidden=64, n_out=2):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_in, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(),
            nn.Linear(hidden, n_out),
        )

    def forward(self, x):
        return self.net(x)


train_ds = make_dataset()
train_loader = DataLoader(train_ds, batch_size=32, shuffle=True, drop_last=True)
model = TabNet()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
criterion = nn.CrossEntropyLoss()

model.train()
running, seen = 0.0, 0
for xb, yb in train_loader:
    optimizer.zero_grad()
    loss = criterion(model(xb), yb)
    loss.backward()
    optimizer.step()
    running += loss.item() * len(xb)
    seen += len(xb)
print("train loss", running / seen)

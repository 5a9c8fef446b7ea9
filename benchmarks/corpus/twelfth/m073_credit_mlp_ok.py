import numpy as np
import torch
import torch.nn as nn


class CreditModel(nn.Module):
    def __init__(self, in_dim, hidden=(64, 32), n_classes=3, p_drop=0.1):
        super().__init__()
        self.net = nn.Sequential()
        prev = in_dim
        for i, h in enumerate(hidden):
            self.net.add_module(f"fc{i}", nn.Linear(prev, h))
            self.net.add_module(f"act{i}", nn.ReLU())
            self.net.add_module(f"drop{i}", nn.Dropout(p_drop))
            prev = h
        self.net.add_module("out", nn.Linear(prev, n_classes))

    def forward(self, x):
        return self.net(x)


rng = np.random.default_rng(7)
X = rng.normal(size=(300, 12)).astype(np.float32)
y = rng.integers(0, 3, size=300)

X_train, y_train = torch.tensor(X[:240]), torch.tensor(y[:240])
X_val, y_val = torch.tensor(X[240:]), torch.tensor(y[240:])

model = CreditModel(in_dim=X.shape[1])
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()

for epoch in range(2):
    model.train()
    for i in range(0, 240, 120):
        loss = loss_fn(model(X_train[i:i + 120]), y_train[i:i + 120])
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        acc = (model(X_val).argmax(1) == y_val).float().mean().item()
    print(f"epoch {epoch}: loss {loss.item():.3f} val acc {acc:.3f}")

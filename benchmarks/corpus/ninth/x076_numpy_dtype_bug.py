import numpy as np
import torch
import torch.nn as nn

base = np.linspace(-2.0, 2.0, 60).reshape(20, 3)
X_np = np.concatenate([base, base ** 2], axis=1)
y_np = (X_np[:, 0] + X_np[:, 4] > 0).astype(np.int64)

X = torch.from_numpy(X_np)
y = torch.from_numpy(y_np)

model = nn.Sequential(
    nn.Linear(6, 24),
    nn.ReLU(),
    nn.Linear(24, 2),
)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

for epoch in range(3):
    optimizer.zero_grad()
    loss = criterion(model(X), y)
    loss.backward()
    optimizer.step()
print(loss.item())

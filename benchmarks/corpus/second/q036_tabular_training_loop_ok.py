import torch
import torch.nn as nn

torch.manual_seed(0)
N, D = 256, 12
X = torch.randn(N, D)
y = (X[:, 0] > 0).long()

model = nn.Sequential(
    nn.Linear(D, 64),
    nn.BatchNorm1d(64),
    nn.ReLU(),
    nn.Dropout(0.2),
    nn.Linear(64, 32),
    nn.BatchNorm1d(32),
    nn.ReLU(),
    nn.Linear(32, 2),
)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(2):
    for i in range(0, N, 32):
        xb, yb = X[i:i + 32], y[i:i + 32]
        loss = loss_fn(model(xb), yb)
        opt.zero_grad(); loss.backward(); opt.step()
model.eval()
with torch.no_grad():
    print(model(X[:1]).shape)

import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(42)

N_SAMPLES = 129
N_FEATURES = 20
BATCH_SIZE = 64
EPOCHS = 2

# synthetic regression data (e.g. standardized house-price features)
X = torch.randn(N_SAMPLES, N_FEATURES)
true_w = torch.randn(N_FEATURES, 1)
y = X @ true_w + 0.1 * torch.randn(N_SAMPLES, 1)

train_ds = TensorDataset(X, y)
train_dl = DataLoader(train_ds, batch_size=BATCH_SIZE, shuffle=True)


def make_mlp(in_dim, hidden=(128, 64), p=0.2):
    layers = []
    for h in hidden:
        layers += [nn.Linear(in_dim, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Dropout(p)]
        in_dim = h
    layers.append(nn.Linear(in_dim, 1))
    return nn.Sequential(*layers)


model = make_mlp(N_FEATURES)
opt = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-4)
loss_fn = nn.MSELoss()

for epoch in range(EPOCHS):
    model.train()
    running = 0.0
    for xb, yb in train_dl:
        pred = model(xb)
        loss = loss_fn(pred, yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        running += loss.item() * xb.size(0)
    print(f"epoch {epoch}: train mse {running / len(train_ds):.4f}")

model.eval()
with torch.no_grad():
    print("sample preds:", model(X[:5]).squeeze(1))

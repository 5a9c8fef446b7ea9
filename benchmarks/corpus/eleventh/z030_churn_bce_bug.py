import torch
import torch.nn as nn

torch.manual_seed(7)

config = {
    "n_features": 14,
    "hidden": [64, 32],
    "dropout": 0.1,
    "lr": 3e-3,
    "epochs": 3,
    "batch_size": 32,
}

# synthetic customer table: tenure, monthly charges, contract type... (already scaled)
n_rows = 256
X = torch.randn(n_rows, config["n_features"])
logits_true = 1.5 * X[:, 0] - X[:, 3] + 0.5 * X[:, 7]
y = (torch.sigmoid(logits_true) > torch.rand(n_rows)).float()   # churned yes/no


class ChurnNet(nn.Module):
    def __init__(self, n_features, hidden, dropout):
        super().__init__()
        dims = [n_features] + hidden
        self.body = nn.Sequential(*[
            nn.Sequential(nn.Linear(d_in, d_out), nn.ReLU(), nn.Dropout(dropout))
            for d_in, d_out in zip(dims[:-1], dims[1:])
        ])
        self.head = nn.Linear(dims[-1], 1)

    def forward(self, x):
        return self.head(self.body(x))


model = ChurnNet(config["n_features"], config["hidden"], config["dropout"])
criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))
optimizer = torch.optim.Adam(model.parameters(), lr=config["lr"])

for epoch in range(config["epochs"]):
    model.train()
    perm = torch.randperm(n_rows)
    for i in range(0, n_rows, config["batch_size"]):
        idx = perm[i:i + config["batch_size"]]
        xb, yb = X[idx], y[idx]
        logits = model(xb)
        loss = criterion(logits, yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    model.eval()
    with torch.no_grad():
        acc = ((model(X) > 0).float().squeeze(1) == y).float().mean()
    print(f"epoch {epoch}: loss={loss.item():.4f} acc={acc:.3f}")

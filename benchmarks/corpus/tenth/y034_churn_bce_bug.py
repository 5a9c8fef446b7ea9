import torch
import torch.nn as nn

n_features = 11

classifier = nn.Sequential(
    nn.Linear(n_features, 64),
    nn.LeakyReLU(0.1),
    nn.BatchNorm1d(64),
    nn.Linear(64, 16),
    nn.LeakyReLU(0.1),
    nn.Linear(16, 1),
)

X = torch.randn(300, n_features)
y = (X[:, 0] > 0).float()
loss_fn = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(classifier.parameters(), lr=3e-4)

for i in range(0, 300, 100):
    xb, yb = X[i:i + 100], y[i:i + 100]
    logits = classifier(xb)
    loss = loss_fn(logits, yb)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

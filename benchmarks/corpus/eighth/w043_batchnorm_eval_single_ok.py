import torch
import torch.nn as nn


def build_regressor(n_features, hidden=(64, 32)):
    layers = []
    prev = n_features
    for h in hidden:
        layers.extend([nn.Linear(prev, h), nn.BatchNorm1d(h), nn.ReLU()])
        prev = h
    layers.append(nn.Linear(prev, 1))
    return nn.Sequential(*layers)


model = build_regressor(13)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
X, y = torch.randn(64, 13), torch.randn(64, 1)
for step in range(2):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    opt.step()

model.eval()
with torch.no_grad():
    new_house = torch.randn(1, 13)
    price = model(new_house)
print(price.shape)

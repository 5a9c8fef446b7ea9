import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(9, 6)
model = nn.Sequential(nn.Linear(6, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for xb in torch.split(X, 4):       # batches of 4, 4, 1
    loss = model(xb).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()

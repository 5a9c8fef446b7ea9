import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 1))
model.eval()
with torch.no_grad():
    print(model(torch.randn(1, 8)))
model.train()
pred = model(torch.randn(1, 8))
print(pred)

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(10, 4), nn.ReLU(), nn.Linear(4, 1))
data = torch.randn(5, 8, 10)
for xb in data:
    out = model(xb)
print(out.shape)

import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 2))
# fine-tuning recipe: keep BatchNorm statistics frozen
for m in model.modules():
    if isinstance(m, nn.BatchNorm1d):
        m.eval()
out = model(torch.randn(1, 10))
print(out.shape)

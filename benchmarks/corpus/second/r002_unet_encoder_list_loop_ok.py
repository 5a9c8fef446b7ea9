import torch
import torch.nn as nn

encoders = [
    nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2)),
    nn.Sequential(nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2)),
    nn.Sequential(nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2)),
]
x = torch.randn(1, 3, 64, 64)
skips = []
for enc in encoders:
    x = enc(x)
    skips.append(x)
print([s.shape for s in skips])

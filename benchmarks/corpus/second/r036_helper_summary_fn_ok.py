import torch
import torch.nn as nn

def summary(model, x):
    out = model(x)
    print(type(model).__name__, tuple(x.shape), '->', tuple(out.shape))
    return out

model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 26 * 26, 10))
summary(model, torch.randn(2, 1, 28, 28))

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv1d(1, 8, 5, padding=2), nn.ReLU(),
    nn.AdaptiveMaxPool1d(4), nn.Flatten(), nn.Linear(32, 2),
)
signals = [torch.randn(1, 1, 100), torch.randn(1, 1, 37), torch.randn(3, 1, 250)]
outs = [model(s) for s in signals]
print([o.shape for o in outs])

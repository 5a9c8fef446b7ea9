import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(10, 16),
    nn.BatchNorm1d(16, track_running_stats=False),
    nn.ReLU(),
    nn.Linear(16, 1),
)
model.eval()
with torch.no_grad():
    print(model(torch.randn(1, 10)).shape)

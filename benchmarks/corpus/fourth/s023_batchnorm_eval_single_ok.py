import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(30, 64),
    nn.BatchNorm1d(64),
    nn.ReLU(),
    nn.Linear(64, 1),
)
model.eval()
with torch.no_grad():
    sample = torch.randn(1, 30)
    pred = model(sample)
print(pred.shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(10, 16),
    nn.BatchNorm1d(16),
    nn.ReLU(),
    nn.Linear(16, 1),
)
net = model.eval()
sample = torch.randn(10)
with torch.inference_mode():
    pred = net(sample.unsqueeze(0))
print(pred.shape)

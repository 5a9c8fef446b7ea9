import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(20, 50),
    nn.BatchNorm1d(50),
    nn.ReLU(),
    nn.Linear(50, 2),
)
model.eval()
sample = torch.randn(1, 20)
with torch.no_grad():
    print(model(sample))

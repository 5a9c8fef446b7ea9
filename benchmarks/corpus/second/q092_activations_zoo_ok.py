import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(12, 64), nn.GELU(approximate="tanh"),
    nn.Linear(64, 64), nn.SiLU(),
    nn.Linear(64, 64), nn.Hardswish(),
    nn.Linear(64, 64), nn.ELU(alpha=0.5),
    nn.Linear(64, 64), nn.CELU(),
    nn.Linear(64, 64), nn.Softplus(beta=2),
    nn.Linear(64, 64), nn.Threshold(0.1, 0.0),
    nn.Linear(64, 64), nn.ReLU6(), nn.Hardtanh(-2, 2), nn.Tanhshrink(),
    nn.Linear(64, 32), nn.GLU(),
    nn.Linear(16, 4), nn.LogSoftmax(dim=-1),
)
print(model(torch.randn(3, 12)).shape)

import torch
from torch import nn

torch.manual_seed(0)
n_sensors, window = 6, 50
cnn = nn.Sequential(
    nn.Conv1d(n_sensors, 32, 3),
    nn.BatchNorm1d(32),
    nn.ReLU(),
    nn.Dropout(0.5),
    nn.Conv1d(32, 64, 3),
    nn.ReLU(),
    nn.AdaptiveAvgPool1d(1),
    nn.Flatten(),
    nn.Linear(64, 6),
)
x = torch.randn(8, n_sensors, window)
print(cnn(x).shape)

# Human activity recognition: 1D CNN over sensor windows of length 8
import torch
import torch.nn as nn

WINDOW = 8
N_SENSORS = 9

model = nn.Sequential(
    nn.Conv1d(N_SENSORS, 32, kernel_size=5),
    nn.ReLU(),
    nn.MaxPool1d(2),
    nn.Conv1d(32, 64, kernel_size=5),
    nn.ReLU(),
    nn.AdaptiveAvgPool1d(1),
    nn.Flatten(),
    nn.Linear(64, 6),
)

x = torch.randn(16, N_SENSORS, WINDOW)
print(model(x).shape)

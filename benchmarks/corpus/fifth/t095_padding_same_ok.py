import torch
import torch.nn as nn

# padding="same" keeps length, even with even kernels and dilation
model = nn.Sequential(
    nn.Conv1d(2, 8, kernel_size=4, padding="same"),
    nn.ReLU(),
    nn.Conv1d(8, 8, kernel_size=3, padding="same", dilation=4),
    nn.ReLU(),
    nn.Conv1d(8, 1, kernel_size=1),
    nn.Flatten(),
    nn.Linear(150, 1),
)

signal = torch.randn(6, 2, 150)
print(model(signal).shape)

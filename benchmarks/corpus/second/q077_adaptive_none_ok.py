import torch
import torch.nn as nn

# keep the time axis, squash frequency (CRNN-style)
model = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d((1, None)),     # (N, 16, 1, T)
    nn.Flatten(1, 2),                     # (N, 16, T)
    nn.Conv1d(16, 4, 1),
)
print(model(torch.randn(2, 1, 40, 77)).shape)

import torch
import torch.nn as nn

# TCN: receptive field grows past the (short) sequence
model = nn.Sequential(
    nn.Conv1d(16, 16, 3, dilation=1), nn.ReLU(),
    nn.Conv1d(16, 16, 3, dilation=2), nn.ReLU(),
    nn.Conv1d(16, 16, 3, dilation=4), nn.ReLU(),
)
print(model(torch.randn(2, 16, 12)).shape)

import torch
import torch.nn as nn

n_input, n_output, stride, n_channel = 1, 35, 16, 32
model = nn.Sequential(
    nn.Conv1d(n_input, n_channel, kernel_size=80, stride=stride),
    nn.BatchNorm1d(n_channel), nn.ReLU(), nn.MaxPool1d(4),
    nn.Conv1d(n_channel, n_channel, kernel_size=3),
    nn.BatchNorm1d(n_channel), nn.ReLU(), nn.MaxPool1d(4),
    nn.Conv1d(n_channel, 2 * n_channel, kernel_size=3),
    nn.BatchNorm1d(2 * n_channel), nn.ReLU(), nn.MaxPool1d(4),
    nn.Conv1d(2 * n_channel, 2 * n_channel, kernel_size=3),
    nn.BatchNorm1d(2 * n_channel), nn.ReLU(), nn.MaxPool1d(4),
    nn.AdaptiveAvgPool1d(1),
    nn.Flatten(),
    nn.Linear(2 * n_channel, n_output),
    nn.LogSoftmax(dim=1),
)
waveform = torch.randn(2, 1, 16000)
print(model(waveform).shape)

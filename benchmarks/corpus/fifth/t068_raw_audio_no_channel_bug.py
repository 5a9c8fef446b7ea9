import torch
import torch.nn as nn

SAMPLE_RATE = 8000

model = nn.Sequential(
    nn.Conv1d(1, 16, kernel_size=64, stride=8),
    nn.ReLU(),
    nn.MaxPool1d(4),
    nn.Conv1d(16, 32, kernel_size=8),
    nn.ReLU(),
    nn.AdaptiveAvgPool1d(1),
    nn.Flatten(),
    nn.Linear(32, 10),
)

# a batch of 1-second clips
waveforms = torch.randn(8, SAMPLE_RATE)
print(waveforms.shape)
print(model(waveforms).shape)

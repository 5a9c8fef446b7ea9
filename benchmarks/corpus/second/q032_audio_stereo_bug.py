import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv1d(1, 16, kernel_size=64, stride=8),
    nn.ReLU(),
    nn.MaxPool1d(4),
    nn.Conv1d(16, 32, kernel_size=3),
    nn.ReLU(),
    nn.AdaptiveMaxPool1d(1),
    nn.Flatten(),
    nn.Linear(32, 10),
)
# torchaudio.load returns (channels, time); this clip is stereo
waveform = torch.randn(2, 8000)
print(model(waveform.unsqueeze(0)).shape)

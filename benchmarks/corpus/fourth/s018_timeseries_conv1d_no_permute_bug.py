# sensor data: (batch, timesteps, features) -> 1D CNN
import torch
import torch.nn as nn

n_features = 9
seq_len = 128

cnn = nn.Sequential(
    nn.Conv1d(n_features, 64, kernel_size=5, padding=2),
    nn.ReLU(),
    nn.MaxPool1d(2),
    nn.Conv1d(64, 64, kernel_size=5, padding=2),
    nn.ReLU(),
    nn.AdaptiveMaxPool1d(1),
    nn.Flatten(),
    nn.Linear(64, 6),
)

windows = torch.randn(32, seq_len, n_features)
activity_logits = cnn(windows)
print(activity_logits.shape)

# Human activity recognition: 9 sensor channels, 128 time steps
import torch
import torch.nn as nn

N_CHANNELS = 9
WINDOW = 128
N_CLASSES = 6

model = nn.Sequential(
    nn.Conv1d(N_CHANNELS, 64, kernel_size=5),   # 124
    nn.ReLU(),
    nn.Conv1d(64, 64, kernel_size=5),           # 120
    nn.ReLU(),
    nn.Dropout(0.5),
    nn.MaxPool1d(2),                            # 60
    nn.Flatten(),
    nn.Linear(64 * 60, 100),
    nn.ReLU(),
    nn.Linear(100, N_CLASSES),
)

x = torch.randn(32, N_CHANNELS, WINDOW)
print(x.shape)
print(model(x).shape)

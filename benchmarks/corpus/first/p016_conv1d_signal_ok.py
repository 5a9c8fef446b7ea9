import torch
import torch.nn as nn

torch.manual_seed(0)
SEQ_LEN = 128
model = nn.Sequential(
    nn.Conv1d(in_channels=1, out_channels=16, kernel_size=7, padding=3),
    nn.ReLU(),
    nn.MaxPool1d(2),
    nn.Conv1d(16, 32, kernel_size=5, padding=2),
    nn.ReLU(),
    nn.MaxPool1d(2),
    nn.Flatten(),
    nn.Linear(32 * (SEQ_LEN // 4), 5),
)
signal = torch.randn(10, 1, SEQ_LEN)
print(model(signal).shape)

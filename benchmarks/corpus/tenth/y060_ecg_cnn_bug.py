import torch
import torch.nn as nn

signal_len = 360

ecg_model = nn.Sequential(
    nn.Conv1d(1, 32, kernel_size=5, padding=2),
    nn.ReLU(),
    nn.MaxPool1d(2),
    nn.Conv1d(32, 64, kernel_size=5, padding=2),
    nn.ReLU(),
    nn.MaxPool1d(2),
    nn.Flatten(),
    nn.Linear(64 * (signal_len // 4), 64),
    nn.ReLU(),
    nn.Linear(64, 2),
)

windows = torch.randn(20, signal_len)
arrhythmia = torch.randint(0, 2, (20,))
logits = ecg_model(windows)
loss = nn.functional.cross_entropy(logits, arrhythmia)

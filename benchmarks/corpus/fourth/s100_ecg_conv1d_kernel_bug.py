import numpy as np
import torch
import torch.nn as nn


def ecg_model(n_leads=12, n_classes=5):
    return nn.Sequential(
        nn.Conv1d(n_leads, 32, kernel_size=15, stride=2),
        nn.BatchNorm1d(32),
        nn.ReLU(),
        nn.MaxPool1d(4),
        nn.Conv1d(32, 64, kernel_size=15, stride=2),
        nn.BatchNorm1d(64),
        nn.ReLU(),
        nn.MaxPool1d(4),
        nn.Conv1d(64, 128, kernel_size=15),
        nn.ReLU(),
        nn.AdaptiveAvgPool1d(1),
        nn.Flatten(),
        nn.Linear(128, n_classes),
    )


# 2.5 s of ECG at 100 Hz
beats = np.random.randn(8, 12, 250).astype("float32")
model = ecg_model()
print(model(torch.from_numpy(beats)).shape)

import torch
import torch.nn as nn

# WaveNet-ish dilated stack with padding='same'
layers = []
channels = 32
for d in [1, 2, 4, 8, 16]:
    layers.append(nn.Conv1d(channels, channels, kernel_size=3, dilation=d, padding="same"))
    layers.append(nn.GELU())
tcn = nn.Sequential(nn.Conv1d(1, channels, 1), *layers, nn.Conv1d(channels, 1, 1))

signal = torch.randn(4, 1, 1000)
print(tcn(signal).shape)

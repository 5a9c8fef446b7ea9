import torch
import torch.nn as nn


class WaveBlock(nn.Module):
    def __init__(self, channels, kernel_size=3, dilations=(1, 2, 4, 8)):
        super().__init__()
        self.convs = nn.Sequential(*[
            nn.Sequential(
                nn.Conv1d(channels, channels, kernel_size, padding='same', dilation=d),
                nn.BatchNorm1d(channels),
                nn.GELU(),
            )
            for d in dilations
        ])

    def forward(self, x):
        return x + self.convs(x)


model = nn.Sequential(
    nn.Conv1d(1, 32, kernel_size=4, padding='same'),
    WaveBlock(32),
    nn.MaxPool1d(4),
    WaveBlock(32, kernel_size=5),
    nn.AdaptiveAvgPool1d(1),
    nn.Flatten(),
    nn.Linear(32, 5),
)

signal = torch.randn(8, 1, 2000)
print(model(signal).shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv3d(3, 16, kernel_size=(3, 3, 3), padding=1),
    nn.BatchNorm3d(16),
    nn.ReLU(),
    nn.MaxPool3d(kernel_size=(1, 2, 2)),
    nn.Conv3d(16, 32, kernel_size=3, padding=1),
    nn.BatchNorm3d(32),
    nn.ReLU(),
    nn.MaxPool3d(2),
    nn.Conv3d(32, 64, kernel_size=3, stride=(1, 2, 2), padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool3d(1),
    nn.Flatten(),
    nn.Dropout(0.5),
    nn.Linear(64, 101),
)

clip = torch.randn(2, 3, 8, 56, 56)  # (batch, channels, frames, height, width)
print(model(clip).shape)

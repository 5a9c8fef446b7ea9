# Small C3D-style network for action recognition clips (B, C, T, H, W)
import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv3d(3, 32, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2)),
    nn.Conv3d(32, 64, kernel_size=3, padding=1),
    nn.BatchNorm3d(64),
    nn.ReLU(),
    nn.MaxPool3d(kernel_size=2, stride=2),
    nn.Conv3d(64, 128, kernel_size=(3, 3, 3), padding=(1, 1, 1)),
    nn.ReLU(),
    nn.AdaptiveAvgPool3d(1),
    nn.Flatten(),
    nn.Linear(128, 101),
)

clip = torch.randn(2, 3, 8, 56, 56)
print(model(clip).shape)

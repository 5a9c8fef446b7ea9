import torch
import torch.nn as nn

# C3D-like clip classifier; clips are only 4 frames long
c3d = nn.Sequential(
    nn.Conv3d(3, 32, kernel_size=3, padding=1), nn.ReLU(),
    nn.MaxPool3d(kernel_size=(1, 2, 2)),
    nn.Conv3d(32, 64, kernel_size=3, padding=1), nn.ReLU(),
    nn.MaxPool3d(kernel_size=2),
    nn.Conv3d(64, 128, kernel_size=3, padding=1), nn.ReLU(),
    nn.MaxPool3d(kernel_size=2),
    nn.Conv3d(128, 128, kernel_size=3, padding=1), nn.ReLU(),
    nn.MaxPool3d(kernel_size=2),
    nn.AdaptiveAvgPool3d(1),
    nn.Flatten(),
    nn.Linear(128, 101),
)
clip = torch.randn(2, 3, 4, 32, 32)
print(c3d(clip).shape)

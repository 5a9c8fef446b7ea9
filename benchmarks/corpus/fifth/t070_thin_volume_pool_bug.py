# MRI slabs only have 8 slices in depth
import torch
import torch.nn as nn

net = nn.Sequential(
    nn.Conv3d(1, 8, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool3d(2),
    nn.Conv3d(8, 16, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool3d(2),
    nn.Conv3d(16, 32, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool3d(2),
    nn.Conv3d(32, 64, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool3d(2),
    nn.AdaptiveAvgPool3d(1),
    nn.Flatten(),
    nn.Linear(64, 3),
)

slab = torch.randn(2, 1, 8, 64, 64)
print(net(slab).shape)

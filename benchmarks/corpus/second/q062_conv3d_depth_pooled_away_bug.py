import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv3d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool3d(2),
    nn.Conv3d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool3d(2),
    nn.Conv3d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool3d(2),
    nn.Flatten(),
    nn.LazyLinear(2),
)
volume = torch.randn(2, 1, 4, 64, 64)     # only 4 slices
print(model(volume).shape)

import torch
import torch.nn as nn

self_normalizing = nn.Sequential(
    nn.Linear(64, 128), nn.SELU(), nn.AlphaDropout(0.1),
    nn.Linear(128, 128), nn.SELU(), nn.AlphaDropout(0.1),
    nn.Linear(128, 16),
)

spatial = nn.Sequential(
    nn.Conv2d(16, 32, 3, padding=1), nn.Mish(), nn.Dropout2d(0.2),
    nn.Conv2d(32, 32, 3, padding=1), nn.Softplus(), nn.Dropout2d(0.2),
    nn.PixelUnshuffle(2),
)

vol = nn.Sequential(nn.Conv3d(1, 4, 3), nn.PReLU(), nn.Dropout3d(0.1), nn.Hardtanh())

x = torch.randn(32, 64)
print(self_normalizing(x).shape)
print(spatial(torch.randn(2, 16, 12, 12)).shape)
print(vol(torch.randn(2, 1, 10, 10, 10)).shape)

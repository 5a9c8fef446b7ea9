import torch
import torch.nn as nn

snn = nn.Sequential(
    nn.Linear(50, 128), nn.SELU(), nn.AlphaDropout(0.1),
    nn.Linear(128, 128), nn.SELU(), nn.AlphaDropout(0.1),
    nn.Linear(128, 2),
)
cnn = nn.Sequential(
    nn.Conv2d(1, 8, 3), nn.ReLU(), nn.Dropout2d(0.2),
    nn.Conv2d(8, 8, 3), nn.ReLU(), nn.Dropout2d(0.2),
    nn.Flatten(), nn.Dropout(0.5), nn.Linear(8 * 12 * 12, 3),
)
vol = nn.Sequential(nn.Conv3d(1, 4, 3), nn.Dropout3d(0.1), nn.Flatten(), nn.Linear(4 * 6 * 6 * 6, 1))

print(snn(torch.randn(10, 50)).shape)
print(cnn(torch.randn(10, 1, 16, 16)).shape)
print(vol(torch.randn(3, 1, 8, 8, 8)).shape)

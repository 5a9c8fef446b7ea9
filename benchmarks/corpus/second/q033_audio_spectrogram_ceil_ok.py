import torch
import torch.nn as nn

# log-mel spectrogram: 64 mel bins x 101 frames
model = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(),
    nn.MaxPool2d(2, ceil_mode=True),            # 64x101 -> 32x51
    nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(),
    nn.MaxPool2d(2, ceil_mode=True),            # 32x51 -> 16x26
    nn.Flatten(),
    nn.Linear(32 * 16 * 26, 12),
)
spec = torch.randn(4, 1, 64, 101)
print(model(spec).shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(),
    nn.MaxPool2d(2),                            # 64x101 -> 32x50
    nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(),
    nn.MaxPool2d(2),                            # 32x50 -> 16x25
    nn.Flatten(),
    nn.Linear(32 * 16 * 26, 12),                # computed with ceil by hand
)
spec = torch.randn(4, 1, 64, 101)
print(model(spec).shape)

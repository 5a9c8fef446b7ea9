# CT scan classifier: grayscale volumes, shape (batch, depth, H, W)
import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv3d(1, 8, kernel_size=3, padding=1),
    nn.BatchNorm3d(8),
    nn.ReLU(),
    nn.MaxPool3d(2),
    nn.Conv3d(8, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool3d(1),
    nn.Flatten(),
    nn.Linear(16, 2),
)

volumes = torch.randn(4, 32, 48, 48)
print("volumes", volumes.shape)
out = model(volumes)
print(out.shape)

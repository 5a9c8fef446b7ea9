import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv3d(3, 8, kernel_size=(3, 3, 3), padding=1),
    nn.BatchNorm3d(8),
    nn.ReLU(),
    nn.MaxPool3d((1, 2, 2)),
    nn.AdaptiveAvgPool3d(1),
    nn.Flatten(),
    nn.Linear(8, 4),
)
clip = torch.randn(2, 3, 4, 16, 16)
print(model(clip).shape)

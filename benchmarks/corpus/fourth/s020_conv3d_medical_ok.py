# 3D CNN for CT volume classification
import torch
import torch.nn as nn


def conv3d_block(cin, cout):
    return nn.Sequential(
        nn.Conv3d(cin, cout, kernel_size=3, padding=1),
        nn.BatchNorm3d(cout),
        nn.ReLU(inplace=True),
        nn.MaxPool3d(2),
    )


model = nn.Sequential(
    conv3d_block(1, 8),
    conv3d_block(8, 16),
    conv3d_block(16, 32),
    nn.AdaptiveAvgPool3d(1),
    nn.Flatten(),
    nn.Linear(32, 2),
)

volume = torch.randn(2, 1, 32, 64, 64)
print(model(volume).shape)

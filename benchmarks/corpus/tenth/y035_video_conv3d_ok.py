import torch
import torch.nn as nn

num_classes = 10
in_channels = 3

c3d_tiny = nn.Sequential(
    nn.Conv3d(in_channels, 32, kernel_size=3, padding=1),
    nn.ReLU(inplace=True),
    nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2)),
    nn.Conv3d(32, 64, kernel_size=3, padding=1),
    nn.ReLU(inplace=True),
    nn.MaxPool3d(kernel_size=2, stride=2),
    nn.Conv3d(64, 128, kernel_size=3, padding=1),
    nn.ReLU(inplace=True),
    nn.MaxPool3d(kernel_size=2, stride=2),
    nn.Flatten(),
    nn.Linear(128 * 2 * 7 * 7, num_classes),
)

clip = torch.randn(2, in_channels, 8, 56, 56)
scores = c3d_tiny(clip)

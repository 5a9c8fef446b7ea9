import torch
import torch.nn as nn

up = nn.Sequential(
    nn.Upsample(scale_factor=2, mode="bilinear", align_corners=True),
    nn.Conv2d(64, 32, kernel_size=3, padding=1),
    nn.BatchNorm2d(32),
    nn.ReLU(inplace=True),
    nn.Upsample(size=(45, 60), mode="nearest"),
    nn.Conv2d(32, 2, kernel_size=1),
)
print(up(torch.randn(2, 64, 12, 16)).shape)

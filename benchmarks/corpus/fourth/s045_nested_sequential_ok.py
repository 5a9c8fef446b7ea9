import torch
import torch.nn as nn

stem = nn.Sequential(nn.Conv2d(3, 24, 3, 2, 1), nn.BatchNorm2d(24), nn.SiLU())
stage1 = nn.Sequential(
    nn.Sequential(nn.Conv2d(24, 48, 3, 2, 1), nn.BatchNorm2d(48), nn.SiLU()),
    nn.Sequential(nn.Conv2d(48, 48, 3, 1, 1), nn.BatchNorm2d(48), nn.SiLU()),
)
stage2 = nn.Sequential(
    nn.Sequential(nn.Conv2d(48, 96, 3, 2, 1), nn.BatchNorm2d(96), nn.SiLU()),
    nn.Sequential(nn.Conv2d(96, 96, 3, 1, 1), nn.BatchNorm2d(96), nn.SiLU()),
)
net = nn.Sequential(stem, stage1, stage2, nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(0.2), nn.Linear(96, 100))

print(net(torch.randn(3, 3, 96, 96)).shape)

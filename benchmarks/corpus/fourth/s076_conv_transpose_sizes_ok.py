import torch
import torch.nn as nn

up = nn.Sequential(
    nn.ConvTranspose2d(16, 16, kernel_size=3, stride=2, padding=1, output_padding=1),  # 10 -> 20
    nn.ReLU(),
    nn.ConvTranspose2d(16, 8, kernel_size=5, stride=1, padding=0),                     # 20 -> 24
    nn.ReLU(),
    nn.ConvTranspose2d(8, 4, kernel_size=2, stride=2, dilation=1),                      # 24 -> 48
    nn.ReLU(),
    nn.ConvTranspose2d(4, 1, kernel_size=3, stride=3, padding=2),                       # 48 -> 140
)
x = torch.randn(2, 16, 10, 10)
print(up(x).shape)

up1d = nn.Sequential(nn.ConvTranspose1d(8, 4, 4, stride=2, padding=1), nn.ConvTranspose1d(4, 1, 3, groups=1))
print(up1d(torch.randn(3, 8, 50)).shape)

import torch
import torch.nn as nn

features = nn.Sequential(
    nn.Conv2d(3, 48, kernel_size=11, stride=4, padding=2), nn.ReLU(inplace=True),
    nn.LocalResponseNorm(size=5, alpha=1e-4, beta=0.75, k=2),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Conv2d(48, 64, kernel_size=5, padding=2), nn.ReLU(inplace=True),
    nn.LocalResponseNorm(size=5),
    nn.MaxPool2d(kernel_size=3, stride=2),
)
print(features(torch.randn(1, 3, 127, 127)).shape)

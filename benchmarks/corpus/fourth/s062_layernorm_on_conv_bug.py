import torch
import torch.nn as nn

# I read that LayerNorm works better than BatchNorm for small batches
model = nn.Sequential(
    nn.Conv2d(3, 64, 3, padding=1),
    nn.LayerNorm(64),
    nn.GELU(),
    nn.Conv2d(64, 64, 3, padding=1),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(64, 10),
)
print(model(torch.randn(2, 3, 32, 32)).shape)

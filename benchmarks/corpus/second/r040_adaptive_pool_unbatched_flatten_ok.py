import torch
import torch.nn as nn

# unbatched (C, H, W): Flatten() keeps C, and Linear(1, ...) sees the single pooled value
model = nn.Sequential(nn.Conv2d(3, 6, 3), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(1, 4))
print(model(torch.randn(3, 12, 12)).shape)

import torch
import torch.nn as nn

# ASPP-like branch without padding: shrinks the map
branch = nn.Sequential(
    nn.Conv2d(64, 64, 3, dilation=2),   # 33 -> 29
    nn.ReLU(),
    nn.Conv2d(64, 64, 3, dilation=4),   # 29 -> 21
    nn.ReLU(),
    nn.Conv2d(64, 32, 3, dilation=6, stride=2),  # 21 -> (21-13)//2+1 = 5
    nn.Flatten(),
    nn.Linear(32 * 5 * 5, 10),
)
print(branch(torch.randn(2, 64, 33, 33)).shape)

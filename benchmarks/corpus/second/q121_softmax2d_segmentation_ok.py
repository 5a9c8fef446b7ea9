import torch
import torch.nn as nn

seg = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(),
    nn.Conv2d(8, 4, 1), nn.Softmax2d(),
)
print(seg(torch.randn(2, 3, 10, 12)).shape)

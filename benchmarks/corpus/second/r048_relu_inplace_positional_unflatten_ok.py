import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(16, 3 * 8 * 8), nn.ReLU(True),
    nn.Unflatten(-1, (3, 8, 8)),
    nn.Upsample(None, 2),
    nn.Conv2d(3, 3, kernel_size=[3, 3], padding=1),
)
print(model(torch.randn(2, 16)).shape)

import torch
import torch.nn as nn

H = W = 32
model = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.MaxPool2d(2), nn.Flatten(),
                      nn.Linear(8 * (H // 2) * (W // 2), 10))
x = torch.randn(4, 3, H, W)
print(model(x).shape)
H = W = 64       # next experiment's resolution, used later in the notebook
big = torch.randn(1, 3, H, W)
print(big.shape)

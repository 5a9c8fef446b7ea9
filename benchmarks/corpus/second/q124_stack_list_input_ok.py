import torch
import torch.nn as nn

model = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 8 * 8, 2))
x = torch.stack([torch.randn(3, 8, 8) for _ in range(5)])
print(model(x).shape)

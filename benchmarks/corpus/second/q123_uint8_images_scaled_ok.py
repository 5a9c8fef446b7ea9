import torch
import torch.nn as nn

model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 2))
batch = torch.randint(0, 256, (4, 3, 32, 32), dtype=torch.uint8)
x = batch.float() / 255.0
print(model(x).shape)

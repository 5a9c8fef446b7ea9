import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2)),
    nn.Sequential(nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2)),
    nn.Sequential(nn.Flatten(), nn.Linear(16 * 8 * 8, 10)),
)
x = torch.randn(2, 3, 64, 64)
print(model(x).shape)

import torch
import torch.nn as nn

# single image without batch dimension; conv layers accept (C, H, W)
features = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(8, 16, 3, padding=1),
    nn.ReLU(),
    nn.Flatten(start_dim=0),
    nn.Linear(16 * 8 * 8, 4),
)
img = torch.rand(3, 16, 16)
print(features(img).shape)

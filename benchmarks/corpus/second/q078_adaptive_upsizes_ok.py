import torch
import torch.nn as nn

# torchvision VGG head on a small image: adaptive pool to 7x7 from 2x2 is allowed
model = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.AdaptiveAvgPool2d((7, 7)),
    nn.Flatten(),
    nn.Linear(8 * 7 * 7, 10),
)
print(model(torch.randn(2, 3, 8, 8)).shape)

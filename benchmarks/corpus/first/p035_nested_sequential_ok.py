import torch
import torch.nn as nn

torch.manual_seed(0)
features = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
)
classifier = nn.Sequential(nn.Flatten(), nn.Linear(16 * 4 * 4, 10))
model = nn.Sequential(features, classifier)
x = torch.randn(2, 3, 16, 16)
print(model(x).shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(8 * 16 * 16, 5),
)
images = [torch.randn(1, 3, 32, 32), torch.randn(1, 3, 64, 64)]
for img in images:
    print(model(img).shape)

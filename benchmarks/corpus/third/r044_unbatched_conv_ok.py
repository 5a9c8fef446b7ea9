import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 8, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(8, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d((2, 2)),
    nn.Flatten(start_dim=0),
    nn.Linear(16 * 2 * 2, 5),
)

image = torch.rand(3, 32, 32)  # a single image, no batch dimension
scores = model(image)
print(scores.shape)

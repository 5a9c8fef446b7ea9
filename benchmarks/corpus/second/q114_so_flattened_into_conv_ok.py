import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Unflatten(1, (1, 28, 28)),
    nn.Conv2d(1, 32, 5),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(32 * 12 * 12, 10),
)
images = torch.randn(64, 1, 28, 28)
images = images.view(images.shape[0], -1)
print(model(images).shape)

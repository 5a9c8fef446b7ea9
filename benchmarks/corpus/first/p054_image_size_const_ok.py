import torch
import torch.nn as nn

torch.manual_seed(0)
IMG_SIZE = 64
model = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(32 * (IMG_SIZE // 4) ** 2, 2),
)
x = torch.randn(4, 3, IMG_SIZE, IMG_SIZE)
print(model(x).shape)

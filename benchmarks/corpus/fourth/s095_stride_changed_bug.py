import torch
import torch.nn as nn

IMG = 64

model = nn.Sequential(
    nn.Conv2d(3, 32, kernel_size=3, stride=2, padding=1),   # was stride=1, changed to save memory
    nn.BatchNorm2d(32),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(32, 64, kernel_size=3, padding=1),
    nn.BatchNorm2d(64),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(64 * (IMG // 4) * (IMG // 4), 256),
    nn.ReLU(),
    nn.Linear(256, 3),
)
x = torch.randn(4, 3, IMG, IMG)
print(model(x).shape)

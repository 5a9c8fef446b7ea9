import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 32, 5, stride=2),
    nn.ReLU(),
    nn.Conv2d(32, 64, 3, stride=2),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d((6, 6)),
    nn.Flatten(),
    nn.Linear(64 * 36, 10),
)
for size in [(50, 50), (123, 77), (224, 224)]:
    print(size, model(torch.randn(1, 3, *size)).shape)

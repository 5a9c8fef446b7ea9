import torch
import torch.nn as nn


class ResBlock(nn.Module):
    def __init__(self, channels, stride=1):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(channels, channels, 3, stride=stride, padding=1),
            nn.BatchNorm2d(channels),
            nn.ReLU(),
            nn.Conv2d(channels, channels, 3, padding=1),
            nn.BatchNorm2d(channels),
        )

    def forward(self, x):
        return torch.relu(self.body(x) + x)


model = nn.Sequential(
    nn.Conv2d(3, 32, 3, padding=1),
    ResBlock(32),
    ResBlock(32, stride=2),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(32, 10),
)

x = torch.randn(2, 3, 32, 32)
print(model(x).shape)

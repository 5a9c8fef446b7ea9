import torch
import torch.nn as nn


class InceptionishStem(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(),
            nn.MaxPool2d(3, stride=2, ceil_mode=True),   # 32 -> 16
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(),
            nn.MaxPool2d(3, stride=2, ceil_mode=True),   # 16 -> 8
            nn.Conv2d(64, 64, 3, padding=1), nn.ReLU(),
            nn.MaxPool2d(3, stride=2, ceil_mode=True),   # 8 -> 4
        )
        self.classifier = nn.Linear(64 * 4 * 4, num_classes)

    def forward(self, x):
        x = self.features(x)
        x = x.view(x.size(0), -1)
        return self.classifier(x)


net = InceptionishStem()
print(net(torch.randn(3, 3, 32, 32)).shape)

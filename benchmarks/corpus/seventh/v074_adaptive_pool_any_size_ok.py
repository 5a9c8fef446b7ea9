import torch
import torch.nn as nn


class AnySizeClassifier(nn.Module):
    def __init__(self, n_classes=6):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.pool = nn.AdaptiveAvgPool2d((7, 7))
        self.classifier = nn.Sequential(nn.Flatten(), nn.Linear(32 * 7 * 7, 64), nn.ReLU(), nn.Linear(64, n_classes))

    def forward(self, x):
        return self.classifier(self.pool(self.features(x)))


model = AnySizeClassifier()
model.eval()
with torch.no_grad():
    for size in [(100, 100), (64, 80), (28, 28)]:
        x = torch.randn(1, 3, *size)
        print(size, model(x).shape)

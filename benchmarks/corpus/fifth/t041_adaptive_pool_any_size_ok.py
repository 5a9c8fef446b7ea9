import torch
import torch.nn as nn


class AnySizeCNN(nn.Module):
    def __init__(self, n_classes=3):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(3, 32, 3, stride=2, padding=1),
            nn.ReLU(),
            nn.Conv2d(32, 64, 3, stride=2, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d((4, 4)),
        )
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(64 * 16, n_classes))

    def forward(self, x):
        return self.head(self.body(x))


model = AnySizeCNN()
model.eval()
for h, w in [(64, 64), (100, 75), (37, 129)]:
    out = model(torch.randn(1, 3, h, w))
    print((h, w), "->", tuple(out.shape))

# Siamese network for signature verification
import torch
import torch.nn as nn


class SiameseNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 32, 5), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 5), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(64 * 13 * 13, 256), nn.ReLU(),
        )
        self.head = nn.Linear(256, 1)

    def forward_once(self, x):
        return self.cnn(x)

    def forward(self, a, b):
        fa, fb = self.forward_once(a), self.forward_once(b)
        return torch.sigmoid(self.head(torch.abs(fa - fb)))


net = SiameseNet()
x1 = torch.randn(4, 1, 64, 64)
x2 = torch.randn(4, 1, 64, 64)
print(net(x1, x2).shape)

# Dilated convs for a larger receptive field; padding left at 1
import torch
import torch.nn as nn


class DilatedNet(nn.Module):
    def __init__(self, n_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1, dilation=2),
            nn.ReLU(),
            nn.Conv2d(32, 64, 3, padding=1, dilation=2),
            nn.ReLU(),
        )
        self.classifier = nn.Sequential(
            nn.Flatten(),
            nn.Linear(64 * 32 * 32, n_classes),
        )

    def forward(self, x):
        return self.classifier(self.features(x))


net = DilatedNet()
print(net(torch.randn(2, 3, 32, 32)).shape)

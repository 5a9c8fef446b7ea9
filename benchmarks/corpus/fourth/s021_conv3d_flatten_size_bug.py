import torch
import torch.nn as nn


class Simple3DNet(nn.Module):
    def __init__(self, in_channels=1, num_classes=3):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv3d(in_channels, 16, kernel_size=3),
            nn.ReLU(),
            nn.MaxPool3d(2),
            nn.Conv3d(16, 32, kernel_size=3),
            nn.ReLU(),
            nn.MaxPool3d(2),
        )
        # input volume 28x28x28 (MedMNIST 3D)
        self.classifier = nn.Sequential(
            nn.Flatten(),
            nn.Linear(32 * 6 * 6 * 6, 128),
            nn.ReLU(),
            nn.Linear(128, num_classes),
        )

    def forward(self, x):
        return self.classifier(self.features(x))


net = Simple3DNet()
vol = torch.rand(2, 1, 28, 28, 28)
print(net(vol).shape)

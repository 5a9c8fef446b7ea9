import torch
import torch.nn as nn


class TinyC3D(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv3d(3, 16, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2)),
            nn.Conv3d(16, 32, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool3d(kernel_size=2, stride=2),
            nn.Conv3d(32, 64, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool3d(1),
        )
        self.fc = nn.Linear(64, num_classes)

    def forward(self, clip):
        x = self.features(clip)
        return self.fc(x.flatten(1))


model = TinyC3D()
clips = torch.randn(2, 3, 8, 32, 32)  # (batch, channels, frames, H, W)
print(model(clips).shape)

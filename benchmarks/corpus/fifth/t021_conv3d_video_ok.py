import torch
import torch.nn as nn


class C3DLite(nn.Module):
    """Tiny C3D for 16-frame 64x64 clips."""

    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv3d(3, 16, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool3d(kernel_size=(1, 2, 2)),     # 16 x 32 x 32
            nn.Conv3d(16, 32, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool3d(kernel_size=2),             # 8 x 16 x 16
            nn.Conv3d(32, 64, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool3d(kernel_size=2),             # 4 x 8 x 8
        )
        self.fc = nn.Linear(64 * 4 * 8 * 8, num_classes)

    def forward(self, clip):
        h = self.features(clip)
        h = torch.flatten(h, 1)
        return self.fc(h)


model = C3DLite()
clip = torch.randn(2, 3, 16, 64, 64)
print(model(clip).shape)

import numpy as np
import torch
import torch.nn as nn


class C3DSmall(nn.Module):
    def __init__(self, num_classes=10, in_channels=3):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv3d(in_channels, 32, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.MaxPool3d((1, 2, 2)),
            nn.Conv3d(32, 64, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.AdaptiveMaxPool3d((1, 4, 4)),
        )
        self.fc = nn.Linear(64 * 4 * 4, num_classes)

    def forward(self, x):
        x = self.features(x)
        x = x.view(x.size(0), -1)
        return self.fc(x)


np.random.seed(0)
# decoded frames: (batch, T, H, W, C)
frames = np.random.randint(0, 255, size=(2, 16, 64, 64, 3)).astype(np.float32) / 255.0
video = torch.from_numpy(frames).permute(0, 1, 4, 2, 3)
model = C3DSmall()
print(model(video).shape)

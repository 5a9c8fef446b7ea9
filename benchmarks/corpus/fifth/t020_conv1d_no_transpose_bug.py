# same HAR model but the data loader gives (batch, time, channels)
import torch
import torch.nn as nn


class HARNet(nn.Module):
    def __init__(self, n_channels=9, n_classes=6):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(n_channels, 32, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.Conv1d(32, 64, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.AdaptiveMaxPool1d(1),
        )
        self.classifier = nn.Linear(64, n_classes)

    def forward(self, x):
        x = self.features(x)
        x = x.squeeze(-1)
        return self.classifier(x)


model = HARNet()
windows = torch.randn(16, 128, 9)   # (batch, time, channels)
print("windows", windows.shape)
logits = model(windows)
print("logits", logits.shape)

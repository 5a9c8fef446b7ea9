# ECG beat classifier; signals are (batch, length)
import torch
import torch.nn as nn


class ECGNet(nn.Module):
    def __init__(self, n_classes=5):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(1, 16, kernel_size=7, padding=3),
            nn.BatchNorm1d(16),
            nn.ReLU(),
            nn.MaxPool1d(2),
            nn.Conv1d(16, 32, kernel_size=5, padding=2),
            nn.BatchNorm1d(32),
            nn.ReLU(),
            nn.AdaptiveMaxPool1d(1),
        )
        self.classifier = nn.Linear(32, n_classes)

    def forward(self, x):
        x = self.features(x)
        return self.classifier(x.squeeze(-1))


signals = torch.randn(32, 500)
model = ECGNet()
print(model(signals).shape)

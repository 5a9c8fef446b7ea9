import torch
import torch.nn as nn

torch.manual_seed(0)

class SensorCNN(nn.Module):
    def __init__(self, n_features=9, n_classes=6):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_features, 32, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool1d(1),
            nn.Flatten(),
        )
        self.fc = nn.Linear(32, n_classes)

    def forward(self, x):           # x: (batch, time, features)
        x = x.permute(0, 2, 1)
        return self.fc(self.conv(x))

model = SensorCNN()
print(model(torch.randn(4, 128, 9)).shape)

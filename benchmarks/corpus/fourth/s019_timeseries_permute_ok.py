import torch
import torch.nn as nn


class HARNet(nn.Module):
    def __init__(self, n_features=9, n_classes=6):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_features, 64, kernel_size=3),
            nn.ReLU(),
            nn.Conv1d(64, 64, kernel_size=3),
            nn.ReLU(),
            nn.Dropout(0.5),
            nn.MaxPool1d(2),
        )
        # 128 -> 126 -> 124 -> 62
        self.fc = nn.Sequential(nn.Flatten(), nn.Linear(64 * 62, 100), nn.ReLU(), nn.Linear(100, n_classes))

    def forward(self, x):
        x = x.permute(0, 2, 1)
        return self.fc(self.conv(x))


model = HARNet()
x = torch.randn(16, 128, 9)
print(model(x).shape)

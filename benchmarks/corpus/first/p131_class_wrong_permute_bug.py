import torch
import torch.nn as nn

torch.manual_seed(0)

class SensorCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(9, 32, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool1d(1),
            nn.Flatten(),
            nn.Linear(32, 6),
        )

    def forward(self, x):
        return self.conv(x)

model = SensorCNN()
print(model(torch.randn(4, 128, 9)).shape)

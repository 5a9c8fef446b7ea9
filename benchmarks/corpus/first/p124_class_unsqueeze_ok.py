import torch
import torch.nn as nn

torch.manual_seed(0)

class AudioNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv1d(1, 8, 9, stride=4), nn.ReLU(),
            nn.Conv1d(8, 16, 9, stride=4), nn.ReLU(),
            nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(16, 3),
        )

    def forward(self, wave):
        return self.net(wave.unsqueeze(1))

print(AudioNet()(torch.randn(2, 1000)).shape)

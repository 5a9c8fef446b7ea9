# Plain PyTorch script: flattening with torch.flatten(x) before the fully connected layer
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, 8, 3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.fc1 = nn.Linear(16 * 5 * 5, 64)
        self.fc2 = nn.Linear(64, 10)

    def forward(self, x):
        x = self.conv(x)
        x = torch.flatten(x)
        x = F.relu(self.fc1(x))
        return self.fc2(x)


net = Net()
digits = torch.randn(32, 1, 28, 28)
print(net(digits).shape)

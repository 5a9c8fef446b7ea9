import torch
import torch.nn as nn

torch.manual_seed(0)

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 6, 5), nn.ReLU(), nn.MaxPool2d(2))
        self.fc = nn.Sequential(nn.Linear(6 * 12 * 12, 10))

    def forward(self, x):
        x = self.features(x)
        x = x.view(-1, 6 * 12 * 12)
        return self.fc(x)

print(Net()(torch.randn(5, 1, 28, 28)).shape)

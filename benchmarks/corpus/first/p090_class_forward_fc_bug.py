import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

class ConvNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(3, 10, kernel_size=5),
            nn.MaxPool2d(2),
            nn.ReLU(),
            nn.Conv2d(10, 20, kernel_size=5),
            nn.MaxPool2d(2),
            nn.ReLU(),
        )
        self.fc = nn.Sequential(nn.Linear(320, 50), nn.ReLU(), nn.Linear(50, 10))

    def forward(self, x):
        x = self.conv(x)
        x = torch.flatten(x, 1)
        return F.log_softmax(self.fc(x), dim=1)

model = ConvNet()
print(model(torch.randn(3, 3, 32, 32)).shape)

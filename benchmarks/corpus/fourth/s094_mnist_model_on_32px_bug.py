import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, 32, 3, 1),
            nn.ReLU(),
            nn.Conv2d(32, 64, 3, 1),
            nn.ReLU(),
            nn.MaxPool2d(2),
        )
        self.fc = nn.Sequential(nn.Linear(9216, 128), nn.ReLU(), nn.Linear(128, 10))

    def forward(self, x):
        x = self.conv(x)
        x = x.view(x.size(0), -1)
        return self.fc(x)


# switched dataset to padded 32x32 digits (SVHN-grayscale) but kept the MNIST model
model = Net()
batch = torch.randn(8, 1, 32, 32)
print(model(batch).shape)

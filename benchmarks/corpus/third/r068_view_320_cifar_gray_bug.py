import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, 10, kernel_size=5),
            nn.MaxPool2d(2),
            nn.ReLU(),
            nn.Conv2d(10, 20, kernel_size=5),
            nn.Dropout2d(),
            nn.MaxPool2d(2),
            nn.ReLU(),
        )
        self.fc = nn.Sequential(nn.Linear(320, 50), nn.ReLU(), nn.Dropout(), nn.Linear(50, 10))

    def forward(self, x):
        x = self.conv(x)
        x = x.view(-1, 320)
        return F.log_softmax(self.fc(x), dim=1)


model = Net()
# grayscale CIFAR-10 images
cifar_gray = torch.rand(10, 3, 32, 32).mean(dim=1, keepdim=True)
print(model(cifar_gray).shape)

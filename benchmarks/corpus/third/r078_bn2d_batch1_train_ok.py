import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, in_ch=3, width=16, n_out=2):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(in_ch, width, 3, padding=1), nn.BatchNorm2d(width), nn.ReLU(),
            nn.Conv2d(width, width * 2, 3, stride=2, padding=1), nn.BatchNorm2d(width * 2), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        )
        self.head = nn.Linear(width * 2, n_out)

    def forward(self, x):
        return self.head(self.body(x))


net = Net()
net.train()
single = torch.rand(1, 3, 24, 24)   # one image
print(net(single).shape)

import torch
from torch import nn

b1 = nn.Sequential(nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3),
                   nn.BatchNorm2d(64), nn.ReLU(),
                   nn.MaxPool2d(kernel_size=3, stride=2, padding=1))
b_head = nn.Sequential(nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(), nn.Linear(64, 10))
net = nn.Sequential(b1, b_head)
X = torch.rand(size=(1, 1, 96, 96))
net.eval()
print(net(X).shape)

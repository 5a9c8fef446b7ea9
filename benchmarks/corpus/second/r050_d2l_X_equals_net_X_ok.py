import torch
from torch import nn

net = nn.Sequential(nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(),
                    nn.AvgPool2d(kernel_size=2, stride=2), nn.Flatten(),
                    nn.Linear(6 * 14 * 14, 10))
X = torch.rand(size=(1, 1, 28, 28), dtype=torch.float32)
X = net(X)
print('output shape:\t', X.shape)

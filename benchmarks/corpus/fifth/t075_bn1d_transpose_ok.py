import torch
import torch.nn as nn


class Transpose(nn.Module):
    def __init__(self, a, b):
        super().__init__()
        self.a, self.b = a, b

    def forward(self, x):
        return x.transpose(self.a, self.b)


frame_net = nn.Sequential(
    nn.Linear(40, 64),
    Transpose(1, 2),
    nn.BatchNorm1d(64),
    Transpose(1, 2),
    nn.ReLU(),
    nn.Linear(64, 32),
)

mfcc = torch.randn(8, 100, 40)
print(frame_net(mfcc).shape)

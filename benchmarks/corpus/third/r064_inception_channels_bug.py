import torch
import torch.nn as nn


class MultiBranch(nn.Module):
    """Inception-style block: parallel 1x1 / 3x3 / 5x5 branches concatenated on channels."""

    def __init__(self, in_ch, b1, b3, b5):
        super().__init__()
        self.branch1 = nn.Sequential(nn.Conv2d(in_ch, b1, 1), nn.ReLU())
        self.branch3 = nn.Sequential(nn.Conv2d(in_ch, b3, 3, padding=1), nn.ReLU())
        self.branch5 = nn.Sequential(nn.Conv2d(in_ch, b5, 5, padding=2), nn.ReLU())

    def forward(self, x):
        return torch.cat([self.branch1(x), self.branch3(x), self.branch5(x)], 1)


net = nn.Sequential(
    nn.Conv2d(3, 32, 3, padding=1),
    nn.ReLU(),
    MultiBranch(32, 16, 32, 16),
    nn.MaxPool2d(2),
    MultiBranch(48, 32, 64, 32),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(128, 10),
)
print(net(torch.randn(4, 3, 32, 32)).shape)

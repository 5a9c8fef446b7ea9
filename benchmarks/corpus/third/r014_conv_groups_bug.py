import torch
import torch.nn as nn


class ResNeXtStem(nn.Module):
    def __init__(self, in_ch=3, width=32, cardinality=3):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(in_ch, width, 7, stride=2, padding=3, bias=False),
            nn.BatchNorm2d(width),
            nn.ReLU(inplace=True),
        )
        self.grouped = nn.Sequential(
            nn.Conv2d(width, width * 2, 3, padding=1, groups=cardinality, bias=False),
            nn.BatchNorm2d(width * 2),
            nn.ReLU(inplace=True),
        )

    def forward(self, x):
        return self.grouped(self.stem(x))


net = ResNeXtStem()
out = net(torch.randn(2, 3, 64, 64))
print(out.shape)

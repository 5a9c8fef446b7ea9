import torch
import torch.nn as nn


class ResBlock(nn.Module):
    """Residual block: forgot the projection shortcut when the stride changes."""

    def __init__(self, in_ch, out_ch, stride=1):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(in_ch, out_ch, 3, stride, 1),
            nn.BatchNorm2d(out_ch),
            nn.ReLU(inplace=True),
            nn.Conv2d(out_ch, out_ch, 3, 1, 1),
            nn.BatchNorm2d(out_ch),
        )
        self.act = nn.ReLU(inplace=True)

    def forward(self, x):
        return self.act(self.body(x) + x)


model = nn.Sequential(
    nn.Conv2d(3, 32, 3, padding=1),
    ResBlock(32, 32),
    ResBlock(32, 32, stride=2),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(32, 10),
)
print(model(torch.randn(4, 3, 64, 64)).shape)

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, in_channels=1, widths=(24, 48, 96), num_groups=32):
        super().__init__()
        stages = []
        prev = in_channels
        for w in widths:
            stages.append(nn.Sequential(
                nn.Conv2d(prev, w, 3, padding=1),
                nn.GroupNorm(min(num_groups, w), w),
                nn.ReLU(),
                nn.MaxPool2d(2),
            ))
            prev = w
        self.stages = nn.Sequential(*stages)

    def forward(self, x):
        return self.stages(x)


enc = Encoder()
print(enc(torch.randn(2, 1, 64, 64)).shape)

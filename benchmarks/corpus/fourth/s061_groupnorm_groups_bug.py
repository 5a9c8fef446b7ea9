import torch
import torch.nn as nn


class ConvGN(nn.Sequential):
    def __init__(self, cin, cout, groups=8):
        super().__init__(
            nn.Conv2d(cin, cout, 3, padding=1, bias=False),
            nn.GroupNorm(groups, cout),
            nn.ReLU(inplace=True),
        )


# detection head with GroupNorm (FCOS style), but an odd channel count
head = nn.Sequential(
    ConvGN(256, 256),
    ConvGN(256, 90),
    nn.Conv2d(90, 80, 3, padding=1),
)
print(head(torch.randn(2, 256, 20, 20)).shape)

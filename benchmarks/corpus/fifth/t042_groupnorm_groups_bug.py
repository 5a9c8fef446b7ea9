import torch
import torch.nn as nn


def conv_gn(in_ch, out_ch, groups=32):
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, 3, padding=1, bias=False),
        nn.GroupNorm(groups, out_ch),
        nn.ReLU(inplace=True),
    )


# small batch detection head -> GroupNorm instead of BatchNorm
head = nn.Sequential(
    conv_gn(3, 64),
    conv_gn(64, 48),
    conv_gn(48, 128),
    nn.Conv2d(128, 5, 1),
)

x = torch.randn(2, 3, 32, 32)
print(head(x).shape)

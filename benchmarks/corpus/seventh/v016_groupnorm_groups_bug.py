import torch
import torch.nn as nn


class ConvBlock(nn.Module):
    def __init__(self, in_ch, out_ch, num_groups=32):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, padding=1)
        self.norm = nn.GroupNorm(num_groups, out_ch)
        self.act = nn.SiLU()

    def forward(self, x):
        return self.act(self.norm(self.conv(x)))


class Encoder(nn.Module):
    def __init__(self, channels=(3, 48, 96, 192)):
        super().__init__()
        self.blocks = nn.ModuleList(
            [ConvBlock(c_in, c_out) for c_in, c_out in zip(channels[:-1], channels[1:])]
        )
        self.pool = nn.AvgPool2d(2)

    def forward(self, x):
        for blk in self.blocks:
            x = self.pool(blk(x))
        return x


enc = Encoder()
print(enc(torch.randn(2, 3, 32, 32)).shape)

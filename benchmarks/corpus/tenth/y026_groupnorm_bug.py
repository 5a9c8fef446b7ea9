import torch
import torch.nn as nn


class ResBlockGN(nn.Module):
    def __init__(self, in_ch, out_ch, num_groups=32):
        super().__init__()
        self.norm1 = nn.GroupNorm(num_groups, in_ch)
        self.conv1 = nn.Conv2d(in_ch, out_ch, 3, padding=1)
        self.norm2 = nn.GroupNorm(num_groups, out_ch)
        self.conv2 = nn.Conv2d(out_ch, out_ch, 3, padding=1)
        self.skip = nn.Conv2d(in_ch, out_ch, 1) if in_ch != out_ch else nn.Identity()
        self.act = nn.SiLU()

    def forward(self, x):
        h = self.conv1(self.act(self.norm1(x)))
        h = self.conv2(self.act(self.norm2(h)))
        return h + self.skip(x)


class DiffusionEncoder(nn.Module):
    def __init__(self, in_channels=3, ch=64, ch_mult=(1, 2, 2)):
        super().__init__()
        self.conv_in = nn.Conv2d(in_channels, ch, 3, padding=1)
        blocks = []
        cur = ch
        for m in ch_mult:
            blocks.append(ResBlockGN(cur, ch * m))
            blocks.append(nn.AvgPool2d(2))
            cur = ch * m
        self.blocks = nn.Sequential(*blocks)

    def forward(self, x):
        return self.blocks(self.conv_in(x))


enc = DiffusionEncoder(in_channels=3, ch=48)
h = enc(torch.randn(2, 3, 32, 32))

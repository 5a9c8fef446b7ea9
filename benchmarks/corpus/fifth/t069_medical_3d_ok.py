import torch
import torch.nn as nn


def conv_block_3d(cin, cout):
    return nn.Sequential(
        nn.Conv3d(cin, cout, 3, padding=1),
        nn.InstanceNorm3d(cout, affine=True),
        nn.LeakyReLU(0.01, inplace=True),
    )


class Encoder3D(nn.Module):
    def __init__(self, in_ch=1, widths=(8, 16, 32)):
        super().__init__()
        stages = []
        c = in_ch
        for w in widths:
            stages.append(nn.Sequential(conv_block_3d(c, w), nn.MaxPool3d(2)))
            c = w
        self.stages = nn.ModuleList(stages)
        self.out_channels = c

    def forward(self, x):
        feats = []
        for stage in self.stages:
            x = stage(x)
            feats.append(x)
        return feats


enc = Encoder3D()
vol = torch.randn(1, 1, 32, 32, 32)
for f in enc(vol):
    print(f.shape)

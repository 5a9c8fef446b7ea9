import torch
import torch.nn as nn


def conv_gn(in_ch, out_ch, groups=8):
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, 3, padding=1, bias=False),
        nn.GroupNorm(groups, out_ch),
        nn.SiLU(),
    )


class SmallDetectorBackbone(nn.Module):
    def __init__(self, widths=(32, 64, 128), groups=8):
        super().__init__()
        stages = []
        prev = 3
        for w in widths:
            stages.append(nn.Sequential(conv_gn(prev, w, groups), conv_gn(w, w, groups), nn.MaxPool2d(2)))
            prev = w
        self.stages = nn.ModuleList(stages)

    def forward(self, x):
        feats = []
        for stage in self.stages:
            x = stage(x)
            feats.append(x)
        return feats


backbone = SmallDetectorBackbone(widths=(16, 32, 64), groups=4)
c3, c4, c5 = backbone(torch.randn(2, 3, 128, 128))

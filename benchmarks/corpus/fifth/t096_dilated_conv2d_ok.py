import torch
import torch.nn as nn


class ASPP(nn.Module):
    def __init__(self, in_ch, out_ch, rates=(1, 6, 12)):
        super().__init__()
        self.branches = nn.ModuleList([
            nn.Sequential(
                nn.Conv2d(in_ch, out_ch, 3 if r > 1 else 1, padding=r if r > 1 else 0, dilation=r, bias=False),
                nn.BatchNorm2d(out_ch),
                nn.ReLU(inplace=True),
            )
            for r in rates
        ])
        self.project = nn.Sequential(nn.Conv2d(out_ch * len(rates), out_ch, 1), nn.ReLU())

    def forward(self, x):
        return self.project(torch.cat([b(x) for b in self.branches], dim=1))


seg_head = nn.Sequential(
    nn.Conv2d(3, 32, 3, stride=2, padding=1),
    nn.ReLU(),
    ASPP(32, 16),
    nn.Conv2d(16, 21, 1),
    nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False),
)
print(seg_head(torch.randn(2, 3, 64, 64)).shape)

import torch
import torch.nn as nn


def conv_gn_relu(in_ch, out_ch, groups=8):
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, kernel_size=3, padding=1, bias=False),
        nn.GroupNorm(groups, out_ch),
        nn.ReLU(inplace=True),
    )


class SmallDetectorHead(nn.Module):
    def __init__(self, in_ch=64, num_anchors=9, num_classes=5):
        super().__init__()
        self.tower = nn.Sequential(*[conv_gn_relu(in_ch, in_ch) for _ in range(3)])
        self.cls = nn.Conv2d(in_ch, num_anchors * num_classes, 3, padding=1)
        self.box = nn.Conv2d(in_ch, num_anchors * 4, 3, padding=1)
        self.num_classes = num_classes

    def forward(self, feat):
        t = self.tower(feat)
        n = feat.shape[0]
        cls = self.cls(t).permute(0, 2, 3, 1).reshape(n, -1, self.num_classes)
        box = self.box(t).permute(0, 2, 3, 1).reshape(n, -1, 4)
        return cls, box


head = SmallDetectorHead()
cls, box = head(torch.randn(2, 64, 16, 16))
print(cls.shape, box.shape)

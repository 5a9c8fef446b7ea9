import torch
import torch.nn as nn


def conv_gn_relu(in_ch, out_ch, groups=32):
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, 3, padding=1, bias=False),
        nn.GroupNorm(groups, out_ch),
        nn.ReLU(inplace=True),
    )


class DetectionHead(nn.Module):
    def __init__(self, in_channels=256, num_classes=80, num_anchors=9):
        super().__init__()
        self.cls_tower = nn.Sequential(*[conv_gn_relu(in_channels, in_channels) for _ in range(2)])
        self.bbox_tower = nn.Sequential(conv_gn_relu(in_channels, 128), conv_gn_relu(128, 48))
        self.cls_logits = nn.Conv2d(in_channels, num_anchors * num_classes, 3, padding=1)
        self.bbox_pred = nn.Conv2d(48, num_anchors * 4, 3, padding=1)

    def forward(self, feat):
        return self.cls_logits(self.cls_tower(feat)), self.bbox_pred(self.bbox_tower(feat))


head = DetectionHead()
p3 = torch.randn(2, 256, 20, 20)
cls, box = head(p3)
print(cls.shape, box.shape)

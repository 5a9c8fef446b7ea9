import torch
import torch.nn as nn
import torch.nn.functional as F


class RetinaStyleHead(nn.Module):
    def __init__(self, in_ch=64, num_anchors=9, num_classes=4):
        super().__init__()
        self.num_classes = num_classes

        def tower():
            layers = []
            for _ in range(2):
                layers += [nn.Conv2d(in_ch, in_ch, 3, padding=1), nn.ReLU()]
            return nn.Sequential(*layers)

        self.cls_tower, self.box_tower = tower(), tower()
        self.cls_logits = nn.Conv2d(in_ch, num_anchors * num_classes, 3, padding=1)
        self.bbox_pred = nn.Conv2d(in_ch, num_anchors * 4, 3, padding=1)

    def forward(self, feat):
        n = feat.shape[0]
        cls = self.cls_logits(self.cls_tower(feat))
        box = self.bbox_pred(self.box_tower(feat))
        cls = cls.permute(0, 2, 3, 1).reshape(n, -1, self.num_classes)
        box = box.permute(0, 2, 3, 1).reshape(n, -1, 4)
        return cls, box


backbone = nn.Sequential(
    nn.Conv2d(3, 32, 3, stride=2, padding=1), nn.ReLU(),
    nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.ReLU(),
    nn.Conv2d(64, 64, 3, stride=2, padding=1), nn.ReLU(),
)
head = RetinaStyleHead()
images = torch.randn(2, 3, 64, 64)
cls_out, box_out = head(backbone(images))
num_anchors_total = 8 * 8 * 9
cls_target = torch.zeros(2, num_anchors_total, 4)
cls_target[:, ::7, 1] = 1.0
box_target = torch.zeros(2, num_anchors_total, 4)
loss = F.binary_cross_entropy_with_logits(cls_out, cls_target) + F.smooth_l1_loss(box_out, box_target)
loss.backward()
print(cls_out.shape, box_out.shape, loss.item())

import torch
import torch.nn as nn


class SSDHead(nn.Module):
    def __init__(self, in_channels=(64, 128), num_anchors=(4, 6), num_classes=4):
        super().__init__()
        self.num_classes = num_classes
        self.cls_heads = nn.ModuleList()
        self.reg_heads = nn.ModuleList()
        for c, a in zip(in_channels, num_anchors):
            self.cls_heads.append(nn.Conv2d(c, a * num_classes, 3, padding=1))
            self.reg_heads.append(nn.Conv2d(c, a * 4, 3, padding=1))

    def forward(self, feats):
        confs, locs = [], []
        for f, ch, rh in zip(feats, self.cls_heads, self.reg_heads):
            b = f.size(0)
            confs.append(ch(f).permute(0, 2, 3, 1).contiguous().view(b, -1, self.num_classes + 1))
            locs.append(rh(f).permute(0, 2, 3, 1).contiguous().view(b, -1, 4))
        return torch.cat(confs, 1), torch.cat(locs, 1)


stage1 = nn.Sequential(nn.Conv2d(3, 64, 3, 2, 1), nn.ReLU(), nn.Conv2d(64, 64, 3, 2, 1), nn.ReLU())
stage2 = nn.Sequential(nn.Conv2d(64, 128, 3, 2, 1), nn.ReLU())
head = SSDHead()
img = torch.randn(2, 3, 64, 64)
f1 = stage1(img)
f2 = stage2(f1)
conf, loc = head([f1, f2])
print(conf.shape, loc.shape)

import torch
import torch.nn as nn

widths = [32, 64, 128]


def make_backbone(widths, in_ch=3):
    layers = []
    for w in widths:
        layers += [nn.Conv2d(in_ch, w, 3, stride=2, padding=1), nn.BatchNorm2d(w), nn.ReLU()]
        in_ch = w
    return nn.Sequential(*layers)


class Classifier(nn.Module):
    def __init__(self, num_classes=5, feat_dim=256):
        super().__init__()
        self.backbone = make_backbone(widths)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.head = nn.Sequential(nn.Flatten(), nn.Dropout(0.2), nn.Linear(feat_dim, num_classes))

    def forward(self, x):
        return self.head(self.pool(self.backbone(x)))


clf = Classifier()
print(clf(torch.randn(3, 3, 128, 128)).shape)

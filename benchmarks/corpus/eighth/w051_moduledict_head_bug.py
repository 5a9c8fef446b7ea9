import torch
import torch.nn as nn


class SceneNet(nn.Module):
    def __init__(self, feat_dim=256):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(3, 64, 5, stride=2, padding=2), nn.ReLU(),
            nn.Conv2d(64, 128, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(128, feat_dim, 3, stride=2, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )
        self.heads = nn.ModuleDict()
        self.heads["scene"] = nn.Linear(feat_dim, 365)
        self.heads["indoor"] = nn.Linear(feat_dim, 2)
        self.heads["attributes"] = nn.Sequential(nn.Linear(512, 102), nn.Sigmoid())

    def forward(self, x, task):
        return self.heads[task](self.backbone(x))


net = SceneNet()
imgs = torch.randn(2, 3, 64, 64)
print(net(imgs, "scene").shape)
print(net(imgs, "indoor").shape)
print(net(imgs, "attributes").shape)

import torch
import torch.nn as nn


class MelanomaNet(nn.Module):
    def __init__(self, n_meta=8, img_feat=128, meta_feat=32, n_classes=1):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(3, 32, 3, stride=2, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
            nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.BatchNorm2d(64), nn.ReLU(),
            nn.Conv2d(64, img_feat, 3, stride=2, padding=1), nn.BatchNorm2d(img_feat), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )
        self.meta = nn.Sequential(
            nn.Linear(n_meta, 64), nn.BatchNorm1d(64), nn.SiLU(), nn.Dropout(0.3),
            nn.Linear(64, meta_feat), nn.BatchNorm1d(meta_feat), nn.SiLU(),
        )
        self.head = nn.Linear(img_feat + meta_feat, n_classes)

    def forward(self, img, meta):
        return self.head(torch.cat((self.cnn(img), self.meta(meta)), dim=1))


model = MelanomaNet(n_meta=12, img_feat=96)
img = torch.randn(6, 3, 64, 64)
meta = torch.randn(6, 12)
target = torch.randint(0, 2, (6, 1)).float()
loss = nn.BCEWithLogitsLoss()(model(img, meta), target)

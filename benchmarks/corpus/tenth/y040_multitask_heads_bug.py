import torch
import torch.nn as nn
import torch.nn.functional as F


class FaceAttributes(nn.Module):
    def __init__(self, feat_dim=256):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(3, 32, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(64, feat_dim, 3, stride=2, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
        )
        self.heads = nn.ModuleDict({
            "smile": nn.Linear(feat_dim, 2),
            "glasses": nn.Linear(feat_dim, 2),
            "age_bucket": nn.Linear(128, 8),
        })

    def forward(self, x):
        f = self.backbone(x).flatten(1)
        return {k: h(f) for k, h in self.heads.items()}


model = FaceAttributes()
faces = torch.randn(4, 3, 64, 64)
preds = model(faces)
loss = sum(F.cross_entropy(v, torch.zeros(4, dtype=torch.long)) for v in preds.values())

import torch
import torch.nn as nn


class PointEncoder(nn.Module):
    def __init__(self, emb_dim=256):
        super().__init__()
        self.mlp = nn.Sequential(
            nn.Conv1d(3, 64, 1), nn.BatchNorm1d(64), nn.ReLU(),
            nn.Conv1d(64, 128, 1), nn.BatchNorm1d(128), nn.ReLU(),
            nn.Conv1d(128, emb_dim, 1),
        )

    def forward(self, pts):
        feat = self.mlp(pts)
        return feat.max(dim=-1).values


class PartClassifier(nn.Module):
    def __init__(self, n_classes=16):
        super().__init__()
        self.encoder = PointEncoder()
        self.head = nn.Sequential(nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, n_classes))

    def forward(self, pts):
        return self.head(self.encoder(pts))


cloud = torch.rand(4, 2048, 3)      # batch of xyz point clouds
cloud = cloud - cloud.mean(dim=1, keepdim=True)
model = PartClassifier()
print(model(cloud).shape)

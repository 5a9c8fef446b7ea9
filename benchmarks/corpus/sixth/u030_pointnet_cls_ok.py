# PointNet (vanilla, no T-Net) classification on point clouds (B, 3, N)
import torch
import torch.nn as nn


class PointNet(nn.Module):
    def __init__(self, k=40):
        super().__init__()
        self.mlp1 = nn.Sequential(
            nn.Conv1d(3, 64, 1), nn.BatchNorm1d(64), nn.ReLU(),
            nn.Conv1d(64, 128, 1), nn.BatchNorm1d(128), nn.ReLU(),
            nn.Conv1d(128, 1024, 1), nn.BatchNorm1d(1024), nn.ReLU(),
        )
        self.head = nn.Sequential(
            nn.Linear(1024, 512), nn.BatchNorm1d(512), nn.ReLU(),
            nn.Linear(512, 256), nn.Dropout(0.3), nn.BatchNorm1d(256), nn.ReLU(),
            nn.Linear(256, k),
        )

    def forward(self, pts):
        x = self.mlp1(pts)
        x = torch.max(x, 2, keepdim=True)[0]
        x = x.view(-1, 1024)
        return self.head(x)


net = PointNet()
cloud = torch.randn(4, 3, 512)
print(net(cloud).shape)

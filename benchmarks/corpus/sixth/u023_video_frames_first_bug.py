# Video clips come out of the dataloader as (B, T, C, H, W)
import torch
import torch.nn as nn


class Clip3DNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv3d(3, 16, kernel_size=(3, 3, 3), padding=1),
            nn.ReLU(),
            nn.MaxPool3d((1, 2, 2)),
            nn.Conv3d(16, 32, kernel_size=(3, 3, 3), padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool3d((1, 1, 1)),
        )
        self.fc = nn.Linear(32, num_classes)

    def forward(self, clips):
        feats = self.backbone(clips).flatten(1)
        return self.fc(feats)


batch = torch.randn(2, 8, 3, 32, 32)
net = Clip3DNet()
print(net(batch).shape)

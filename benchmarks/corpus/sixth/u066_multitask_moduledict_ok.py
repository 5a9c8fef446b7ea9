# Multi-task face attributes: shared backbone + ModuleDict of heads
import torch
import torch.nn as nn


class MultiTaskNet(nn.Module):
    def __init__(self, tasks):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(3, 32, 3, 2, 1), nn.BatchNorm2d(32), nn.ReLU(),
            nn.Conv2d(32, 64, 3, 2, 1), nn.BatchNorm2d(64), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        )
        self.heads = nn.ModuleDict({
            name: nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, n))
            for name, n in tasks.items()
        })

    def forward(self, x):
        f = self.backbone(x)
        return {name: head(f) for name, head in self.heads.items()}


net = MultiTaskNet({"age": 1, "gender": 2, "emotion": 7})
outs = net(torch.randn(4, 3, 64, 64))
print({k: tuple(v.shape) for k, v in outs.items()})

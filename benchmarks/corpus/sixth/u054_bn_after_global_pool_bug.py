# Embedding head with BatchNorm after global pooling; sanity check with one image
import torch
import torch.nn as nn

backbone = nn.Sequential(
    nn.Conv2d(3, 32, 3, stride=2, padding=1), nn.ReLU(),
    nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.ReLU(),
)
neck = nn.Sequential(
    nn.AdaptiveAvgPool2d(1),
    nn.BatchNorm2d(64),
    nn.Flatten(),
)
head = nn.Linear(64, 128)

x = torch.randn(1, 3, 128, 128)
feat = backbone(x)
emb = head(neck(feat))
print(feat.shape, emb.shape)

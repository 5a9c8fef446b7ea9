import torch
import torch.nn as nn

decoder = nn.Sequential(
    nn.Conv2d(256, 128, 3, padding=1),
    nn.ReLU(),
    nn.Upsample(scale_factor=2, mode="nearest"),
    nn.Conv2d(128, 64, 3, padding=1),
    nn.ReLU(),
    nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False),
    nn.Conv2d(64, 21, 1),
    nn.Upsample(size=(128, 128), mode="bilinear", align_corners=False),
)
feat = torch.randn(1, 256, 16, 16)
print(decoder(feat).shape)

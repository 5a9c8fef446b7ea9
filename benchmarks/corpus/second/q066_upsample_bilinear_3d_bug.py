import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv1d(8, 8, 3, padding=1),
    nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False),
    nn.Conv1d(8, 4, 3, padding=1),
)
print(model(torch.randn(2, 8, 50)).shape)

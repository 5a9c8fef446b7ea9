import torch
from torch import nn

torch.manual_seed(0)
head = nn.Sequential(
    nn.Conv2d(16, 4, 1),
    nn.Upsample(size=(32, 32), mode="bilinear", align_corners=False),
)
print(head(torch.randn(2, 16, 8, 8)).shape)

import torch
import torch.nn as nn

style = nn.Sequential(
    nn.ReflectionPad2d(1),
    nn.Conv2d(3, 16, 3),
    nn.InstanceNorm2d(16, affine=True),
    nn.ReLU(),
)
print(style(torch.randn(3, 24, 24)).shape)     # unbatched (C, H, W)

import torch
import torch.nn as nn


def refl_conv(cin, cout, k):
    return nn.Sequential(nn.ReflectionPad2d(k // 2), nn.Conv2d(cin, cout, k))


# patch-based generator applied on tiny 8x8 crops
gen = nn.Sequential(
    refl_conv(3, 16, 3),
    nn.ReLU(),
    nn.Conv2d(16, 32, 4, 2, 1),
    nn.ReLU(),
    nn.Conv2d(32, 64, 4, 2, 1),
    nn.ReLU(),
    refl_conv(64, 64, 7),
    nn.Tanh(),
)
crops = torch.rand(4, 3, 8, 8)
print(gen(crops).shape)

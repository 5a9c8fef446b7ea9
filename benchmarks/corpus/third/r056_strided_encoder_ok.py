import torch
import torch.nn as nn
from torch.nn import Conv2d, BatchNorm2d, LeakyReLU, Flatten, Linear


def down(cin, cout):
    return [Conv2d(cin, cout, kernel_size=4, stride=2, padding=1), BatchNorm2d(cout), LeakyReLU(0.2)]


encoder = nn.Sequential(
    *down(3, 32),     # 32
    *down(32, 64),    # 16
    *down(64, 128),   # 8
    *down(128, 256),  # 4
    Flatten(),
    Linear(256 * 4 * 4, 2 * 16),
)

x = torch.randn(5, 3, 64, 64)
h = encoder(x)
mu, logvar = h.chunk(2, dim=1)
print(h.shape, mu.shape)

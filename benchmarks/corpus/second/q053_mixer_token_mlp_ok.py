import torch
import torch.nn as nn

dim, patch, img = 32, 4, 32
num_patches = (img // patch) ** 2        # 64
model = nn.Sequential(
    nn.Conv2d(3, dim, kernel_size=patch, stride=patch),   # (N, 32, 8, 8)
    nn.Flatten(2),                                        # (N, 32, 64) channels x tokens
    nn.LayerNorm(num_patches),
    nn.Linear(num_patches, 128), nn.GELU(), nn.Linear(128, num_patches),  # token mixing
    nn.AdaptiveAvgPool1d(1),
    nn.Flatten(),
    nn.Linear(dim, 10),
)
x = torch.randn(2, 3, img, img)
print(model(x).shape)

import torch
import torch.nn as nn

dim, patch, img = 32, 4, 32
num_patches = (img // patch) ** 2
model = nn.Sequential(
    nn.Conv2d(3, dim, kernel_size=patch, stride=patch),
    nn.Flatten(2),
    nn.LayerNorm(dim),                    # last axis is tokens, not channels
    nn.Linear(num_patches, 128), nn.GELU(), nn.Linear(128, num_patches),
)
x = torch.randn(2, 3, img, img)
print(model(x).shape)

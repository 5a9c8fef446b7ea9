import torch
import torch.nn as nn

torch.manual_seed(0)
decoder = nn.Sequential(
    nn.Linear(32, 64 * 7 * 7),
    nn.ReLU(),
    nn.Unflatten(1, (64, 7, 7)),
    nn.Upsample(scale_factor=2, mode="nearest"),
    nn.Conv2d(64, 32, 3, padding=1),
    nn.ReLU(),
    nn.Upsample(scale_factor=2),
    nn.Conv2d(32, 1, 3, padding=1),
    nn.Tanh(),
)
z = torch.randn(5, 32)
print(decoder(z).shape)

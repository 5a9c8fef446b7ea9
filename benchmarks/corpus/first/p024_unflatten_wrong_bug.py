import torch
import torch.nn as nn

torch.manual_seed(0)
decoder = nn.Sequential(
    nn.Linear(16, 128),
    nn.ReLU(),
    nn.Unflatten(1, (32, 2, 4)),
    nn.ConvTranspose2d(32, 1, 4, stride=2, padding=1),
)
z = torch.randn(3, 16)
print(decoder(z).shape)

import torch
import torch.nn as nn

# VAE decoder for 64x64 images
decoder = nn.Sequential(
    nn.Linear(64, 256 * 4 * 4),
    nn.ReLU(),
    nn.Unflatten(1, (256, 8, 8)),
    nn.ConvTranspose2d(256, 128, 4, 2, 1),
    nn.ReLU(),
    nn.ConvTranspose2d(128, 3, 4, 2, 1),
)
print(decoder(torch.randn(4, 64)).shape)

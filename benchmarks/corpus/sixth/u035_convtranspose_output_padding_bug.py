# Decoder for a segmentation net; output_padding added to "fix" sizes
import torch
import torch.nn as nn

decoder = nn.Sequential(
    nn.ConvTranspose2d(256, 128, kernel_size=2, stride=2),
    nn.ReLU(),
    nn.ConvTranspose2d(128, 64, kernel_size=2, stride=2),
    nn.ReLU(),
    nn.ConvTranspose2d(64, 32, kernel_size=3, stride=1, padding=1, output_padding=1),
    nn.ReLU(),
    nn.Conv2d(32, 3, kernel_size=1),
)

bottleneck = torch.randn(2, 256, 8, 8)
print(decoder(bottleneck).shape)

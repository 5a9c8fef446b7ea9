import torch
import torch.nn as nn

decoder = nn.Sequential(
    nn.ConvTranspose2d(32, 16, 3, stride=1, padding=1, output_padding=1),
    nn.ReLU(),
)
print(decoder(torch.randn(4, 32, 7, 7)).shape)

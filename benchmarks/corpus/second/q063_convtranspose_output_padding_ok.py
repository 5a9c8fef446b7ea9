import torch
import torch.nn as nn

decoder = nn.Sequential(
    nn.ConvTranspose2d(32, 16, 3, stride=2, padding=1, output_padding=1),   # 7 -> 14
    nn.ReLU(),
    nn.ConvTranspose2d(16, 1, 3, stride=2, padding=1, output_padding=1),    # 14 -> 28
    nn.Sigmoid(),
)
print(decoder(torch.randn(4, 32, 7, 7)).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
autoencoder = nn.Sequential(
    nn.Conv2d(3, 16, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(16, 8, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.ConvTranspose2d(16, 16, 2, stride=2),
    nn.ReLU(),
    nn.ConvTranspose2d(16, 3, 2, stride=2),
    nn.Sigmoid(),
)
x = torch.rand(2, 3, 32, 32)
print(autoencoder(x).shape)

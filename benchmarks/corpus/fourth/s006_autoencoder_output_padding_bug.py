import torch
import torch.nn as nn
import torch.nn.functional as F

encoder = nn.Sequential(
    nn.Conv2d(1, 32, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(32, 64, 3, stride=2, padding=1),
    nn.ReLU(),
)
# forgot output_padding, so 7 -> 13 -> 25 instead of 28
decoder = nn.Sequential(
    nn.ConvTranspose2d(64, 32, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.ConvTranspose2d(32, 1, 3, stride=2, padding=1),
    nn.Sigmoid(),
)

x = torch.rand(8, 1, 28, 28)
z = encoder(x)
x_hat = decoder(z)
print(z.shape, x_hat.shape)
loss = F.binary_cross_entropy(x_hat, x)
print(loss)

import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.Sequential(
    nn.Conv2d(1, 16, 3, stride=2, padding=1),  # 14
    nn.ReLU(),
    nn.Conv2d(16, 32, 3, stride=2, padding=1),  # 7
    nn.ReLU(),
)
decoder = nn.Sequential(
    nn.ConvTranspose2d(32, 16, 3, stride=2, padding=1, output_padding=1),
    nn.ReLU(),
    nn.ConvTranspose2d(16, 1, 3, stride=2, padding=1, output_padding=1),
    nn.Sigmoid(),
)
x = torch.rand(4, 1, 28, 28)
z = encoder(x)
recon = decoder(z)
print(z.shape, recon.shape)

import torch
import torch.nn as nn

encoder = nn.Sequential(
    nn.Conv2d(1, 32, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(32, 64, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(64, 128, 3, stride=2, padding=1),
    nn.ReLU(),
)

decoder = nn.Sequential(
    nn.ConvTranspose2d(128, 64, 4, stride=2, padding=1),
    nn.ReLU(),
    nn.ConvTranspose2d(64, 32, 4, stride=2, padding=1),
    nn.ReLU(),
    nn.ConvTranspose2d(32, 1, 4, stride=2, padding=1),
    nn.Sigmoid(),
)

images = torch.rand(8, 1, 28, 28)   # MNIST
z = encoder(images)
recon = decoder(z)
loss = nn.functional.mse_loss(recon, images)
print(loss.item())

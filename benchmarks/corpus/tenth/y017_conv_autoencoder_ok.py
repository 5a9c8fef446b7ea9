import torch
import torch.nn as nn

encoder = nn.Sequential(
    nn.Conv2d(1, 16, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(16, 32, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(32, 64, 7),
)
decoder = nn.Sequential(
    nn.ConvTranspose2d(64, 32, 7),
    nn.ReLU(),
    nn.ConvTranspose2d(32, 16, 3, stride=2, padding=1, output_padding=1),
    nn.ReLU(),
    nn.ConvTranspose2d(16, 1, 3, stride=2, padding=1, output_padding=1),
    nn.Sigmoid(),
)

criterion = nn.MSELoss()
imgs = torch.rand(32, 1, 28, 28)
recon = decoder(encoder(imgs))
loss = criterion(recon, imgs)
loss.backward()

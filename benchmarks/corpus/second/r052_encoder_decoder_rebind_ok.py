import torch
import torch.nn as nn

encoder = nn.Sequential(nn.Conv2d(1, 8, 3, stride=2, padding=1), nn.ReLU(),
                        nn.Conv2d(8, 16, 3, stride=2, padding=1), nn.ReLU())
decoder = nn.Sequential(nn.ConvTranspose2d(16, 8, 4, stride=2, padding=1), nn.ReLU(),
                        nn.ConvTranspose2d(8, 1, 4, stride=2, padding=1), nn.Sigmoid())
x = torch.rand(4, 1, 28, 28)
with torch.no_grad():
    x = encoder(x)
    x = decoder(x)
print(x.shape)

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_dim=784, hidden_dim=256, latent_dim=32):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(input_dim, hidden_dim), nn.ReLU(),
            nn.Linear(hidden_dim, latent_dim),
        )

    def forward(self, x):
        return self.net(x.flatten(1))


class Decoder(nn.Module):
    def __init__(self, latent_dim=32, hidden_dim=256, output_dim=784):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden_dim), nn.ReLU(),
            nn.Linear(hidden_dim, output_dim), nn.Sigmoid(),
        )

    def forward(self, z):
        return self.net(z)


LATENT = 16
encoder = Encoder(latent_dim=LATENT)
decoder = Decoder()
params = list(encoder.parameters()) + list(decoder.parameters())
optimizer = torch.optim.Adam(params, lr=1e-3)

images = torch.rand(64, 1, 28, 28)
for epoch in range(2):
    z = encoder(images)
    recon = decoder(z).view_as(images)
    loss = nn.functional.binary_cross_entropy(recon, images)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(epoch, loss.item())

# interpolate between two codes
with torch.no_grad():
    za, zb = encoder(images[:2])
    steps = torch.linspace(0, 1, 5).unsqueeze(1)
    path = decoder((1 - steps) * za + steps * zb)
print(path.shape)

import torch
import torch.nn as nn
import torch.nn.functional as F

LATENT_DIM = 32
BATCH = 16
EPOCHS = 2
LR = 1e-3


class ConvAutoencoder(nn.Module):
    def __init__(self, latent_dim=LATENT_DIM):
        super().__init__()
        # encoder: 3x32x32 -> 16x16x16 -> 32x8x8 -> 64x4x4
        self.enc = nn.Sequential(
            nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.ReLU(),
        )
        self.fc_enc = nn.Linear(64 * 4 * 4, latent_dim)
        self.fc_dec = nn.Linear(latent_dim, 64 * 4 * 4)
        self.dec = nn.Sequential(
            nn.ConvTranspose2d(64, 32, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(32, 16, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(16, 3, 4, stride=2, padding=1), nn.Sigmoid(),
        )

    def encode(self, x):
        h = self.enc(x)
        return self.fc_enc(h.flatten(1))

    def decode(self, z):
        h = F.relu(self.fc_dec(z))
        h = h.view(z.size(0), 64, 4, 4)
        return self.dec(h)

    def forward(self, x):
        return self.decode(self.encode(x))


model = ConvAutoencoder()
optimizer = torch.optim.Adam(model.parameters(), lr=LR)
criterion = nn.MSELoss()

images = torch.rand(BATCH, 3, 32, 32)   # CIFAR-like images in [0, 1]

for epoch in range(EPOCHS):
    model.train()
    recon = model(images)
    loss = criterion(recon, images)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(f"epoch [{epoch + 1}/{EPOCHS}] reconstruction loss: {loss.item():.4f}")

model.eval()
with torch.no_grad():
    codes = model.encode(images[:4])
    samples = model.decode(codes + 0.1 * torch.randn_like(codes))
print("latent codes:", tuple(codes.shape), "samples:", tuple(samples.shape))

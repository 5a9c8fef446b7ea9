import torch
import torch.nn as nn

latent_dim = 24

encoder = nn.Sequential(
    nn.Conv2d(1, 16, 3, stride=2, padding=1),   # 14x14
    nn.LeakyReLU(0.1),
    nn.Conv2d(16, 32, 3, stride=2, padding=1),  # 7x7
    nn.LeakyReLU(0.1),
    nn.Flatten(),
    nn.Linear(32 * 7 * 7, latent_dim),
)

decoder = nn.Sequential(
    nn.Linear(latent_dim, 32 * 7 * 7),
    nn.LeakyReLU(0.1),
    nn.Unflatten(1, (32, 7, 7)),
    nn.ConvTranspose2d(32, 16, 4, stride=2, padding=1),  # 14x14
    nn.LeakyReLU(0.1),
    nn.ConvTranspose2d(16, 1, 4, stride=2, padding=1),   # 28x28
    nn.Sigmoid(),
)

autoencoder = nn.Sequential(encoder, decoder)
opt = torch.optim.Adam(autoencoder.parameters(), lr=1e-3)
imgs = torch.rand(32, 1, 28, 28)

for epoch in range(2):
    for i in range(0, 32, 16):
        batch = imgs[i:i + 16]
        recon = autoencoder(batch)
        loss = nn.functional.mse_loss(recon, batch)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(epoch, loss.item())

with torch.no_grad():
    codes = encoder(imgs[:4])
print(codes.shape)

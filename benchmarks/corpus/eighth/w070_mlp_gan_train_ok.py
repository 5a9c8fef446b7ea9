import torch
import torch.nn as nn

latent_dim, img_dim = 64, 28 * 28

generator = nn.Sequential(
    nn.Linear(latent_dim, 256),
    nn.LeakyReLU(0.2),
    nn.Linear(256, 512),
    nn.BatchNorm1d(512),
    nn.LeakyReLU(0.2),
    nn.Linear(512, img_dim),
    nn.Tanh(),
)
discriminator = nn.Sequential(
    nn.Linear(img_dim, 512),
    nn.LeakyReLU(0.2),
    nn.Dropout(0.3),
    nn.Linear(512, 256),
    nn.LeakyReLU(0.2),
    nn.Linear(256, 1),
)

criterion = nn.BCEWithLogitsLoss()
opt_g = torch.optim.Adam(generator.parameters(), lr=2e-4, betas=(0.5, 0.999))
opt_d = torch.optim.Adam(discriminator.parameters(), lr=2e-4, betas=(0.5, 0.999))

real = torch.rand(32, 1, 28, 28) * 2 - 1
real = real.view(real.size(0), -1)
ones, zeros = torch.ones(32, 1), torch.zeros(32, 1)

# one discriminator step
opt_d.zero_grad()
fake = generator(torch.randn(32, latent_dim))
d_loss = criterion(discriminator(real), ones) + criterion(discriminator(fake.detach()), zeros)
d_loss.backward()
opt_d.step()

# one generator step
opt_g.zero_grad()
g_loss = criterion(discriminator(fake), ones)
g_loss.backward()
opt_g.step()
print(fake.view(-1, 1, 28, 28).shape, d_loss.item(), g_loss.item())

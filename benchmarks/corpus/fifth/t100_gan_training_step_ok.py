import torch
import torch.nn as nn

torch.manual_seed(0)
latent = 16

G = nn.Sequential(
    nn.Linear(latent, 64), nn.ReLU(),
    nn.Linear(64, 128), nn.ReLU(),
    nn.Linear(128, 2),
)
D = nn.Sequential(
    nn.Linear(2, 64), nn.LeakyReLU(0.2),
    nn.Linear(64, 64), nn.LeakyReLU(0.2),
    nn.Linear(64, 1),
)
bce = nn.BCEWithLogitsLoss()

real = torch.randn(32, 2) * 0.5 + 2.0
z = torch.randn(32, latent)
fake = G(z)
d_real, d_fake = D(real), D(fake.detach())
loss_d = bce(d_real, torch.ones_like(d_real)) + bce(d_fake, torch.zeros_like(d_fake))
D.zero_grad()
loss_d.backward()
with torch.no_grad():
    for p in D.parameters():
        p -= 1e-2 * p.grad
print(fake.shape, d_real.shape, round(loss_d.item(), 3))

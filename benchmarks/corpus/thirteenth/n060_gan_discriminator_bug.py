import torch
import torch.nn as nn

latent_dim = 64
img_dim = 28 * 28

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
    nn.Linear(512, 256),
    nn.LeakyReLU(0.2),
    nn.Linear(128, 1),
    nn.Sigmoid(),
)

adversarial_loss = nn.BCELoss()
opt_g = torch.optim.Adam(generator.parameters(), lr=2e-4, betas=(0.5, 0.999))
opt_d = torch.optim.Adam(discriminator.parameters(), lr=2e-4, betas=(0.5, 0.999))

real_imgs = torch.rand(32, 1, 28, 28) * 2 - 1
for i in range(2):
    valid = torch.ones(real_imgs.size(0), 1)
    fake = torch.zeros(real_imgs.size(0), 1)

    opt_g.zero_grad()
    z = torch.randn(real_imgs.size(0), latent_dim)
    gen_imgs = generator(z)
    g_loss = adversarial_loss(discriminator(gen_imgs), valid)
    g_loss.backward()
    opt_g.step()

    opt_d.zero_grad()
    real_loss = adversarial_loss(discriminator(real_imgs.view(real_imgs.size(0), -1)), valid)
    fake_loss = adversarial_loss(discriminator(gen_imgs.detach()), fake)
    d_loss = (real_loss + fake_loss) / 2
    d_loss.backward()
    opt_d.step()
    print(f"[{i}] D: {d_loss.item():.4f} G: {g_loss.item():.4f}")

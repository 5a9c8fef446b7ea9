import torch
import torch.nn as nn

nz, ngf, ndf, nc = 64, 32, 32, 3

netG = nn.Sequential(
    # z: (B, nz, 1, 1) -> (B, ngf*8, 4, 4)
    nn.ConvTranspose2d(nz, ngf * 8, 4, 1, 0, bias=False),
    nn.BatchNorm2d(ngf * 8),
    nn.ReLU(True),
    nn.ConvTranspose2d(ngf * 8, ngf * 4, 4, 2, 1, bias=False),  # 8x8
    nn.BatchNorm2d(ngf * 4),
    nn.ReLU(True),
    nn.ConvTranspose2d(ngf * 8, ngf * 2, 4, 2, 1, bias=False),  # 16x16
    nn.BatchNorm2d(ngf * 2),
    nn.ReLU(True),
    nn.ConvTranspose2d(ngf * 2, ngf, 4, 2, 1, bias=False),      # 32x32
    nn.BatchNorm2d(ngf),
    nn.ReLU(True),
    nn.ConvTranspose2d(ngf, nc, 4, 2, 1, bias=False),           # 64x64
    nn.Tanh(),
)

netD = nn.Sequential(
    nn.Conv2d(nc, ndf, 4, 2, 1, bias=False),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf, ndf * 2, 4, 2, 1, bias=False),
    nn.BatchNorm2d(ndf * 2),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf * 2, ndf * 4, 4, 2, 1, bias=False),
    nn.BatchNorm2d(ndf * 4),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf * 4, ndf * 8, 4, 2, 1, bias=False),
    nn.BatchNorm2d(ndf * 8),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf * 8, 1, 4, 1, 0, bias=False),
    nn.Sigmoid(),
)

criterion = nn.BCELoss()
optD = torch.optim.Adam(netD.parameters(), lr=2e-4, betas=(0.5, 0.999))
optG = torch.optim.Adam(netG.parameters(), lr=2e-4, betas=(0.5, 0.999))

batch = 8
real = torch.randn(batch, nc, 64, 64).clamp(-1, 1)
noise = torch.randn(batch, nz, 1, 1)

# discriminator step
netD.zero_grad()
out_real = netD(real).view(-1)
errD_real = criterion(out_real, torch.ones(batch))
fake = netG(noise)
out_fake = netD(fake.detach()).view(-1)
errD_fake = criterion(out_fake, torch.zeros(batch))
(errD_real + errD_fake).backward()
optD.step()

# generator step
netG.zero_grad()
errG = criterion(netD(fake).view(-1), torch.ones(batch))
errG.backward()
optG.step()
print("D", (errD_real + errD_fake).item(), "G", errG.item())

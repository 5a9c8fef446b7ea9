import torch
import torch.nn as nn

nz = 64    # size of latent vector
ngf = 32
ndf = 32
nc = 3


class Generator(nn.Module):
    def __init__(self, nz=100, ngf=64, nc=3):
        super().__init__()
        self.main = nn.Sequential(
            nn.ConvTranspose2d(nz, ngf * 8, 4, 1, 0, bias=False),
            nn.BatchNorm2d(ngf * 8),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 8, ngf * 4, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf * 4),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf * 2),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 2, nc, 4, 2, 1, bias=False),
            nn.Tanh(),
        )

    def forward(self, input):
        return self.main(input)


class Discriminator(nn.Module):
    def __init__(self, ndf=64, nc=3):
        super().__init__()
        self.main = nn.Sequential(
            nn.Conv2d(nc, ndf, 4, 2, 1, bias=False),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf, ndf * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ndf * 2),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf * 2, ndf * 4, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ndf * 4),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf * 4, 1, 4, 1, 0, bias=False),
            nn.Sigmoid(),
        )

    def forward(self, input):
        return self.main(input).view(-1, 1).squeeze(1)


netG = Generator(nz=nz, ngf=ngf, nc=nc)
netD = Discriminator(ndf=ndf, nc=nc)
criterion = nn.BCELoss()
optimizerD = torch.optim.Adam(netD.parameters(), lr=2e-4, betas=(0.5, 0.999))
optimizerG = torch.optim.Adam(netG.parameters(), lr=2e-4, betas=(0.5, 0.999))

real = torch.rand(8, nc, 32, 32) * 2 - 1
b_size = real.size(0)

# (1) update D
netD.zero_grad()
errD_real = criterion(netD(real), torch.full((b_size,), 1.0))
noise = torch.randn(b_size, nz, 1, 1)
fake = netG(noise)
errD_fake = criterion(netD(fake.detach()), torch.full((b_size,), 0.0))
(errD_real + errD_fake).backward()
optimizerD.step()

# (2) update G
netG.zero_grad()
errG = criterion(netD(fake), torch.full((b_size,), 1.0))
errG.backward()
optimizerG.step()
print(fake.shape, errD_real.item() + errD_fake.item(), errG.item())

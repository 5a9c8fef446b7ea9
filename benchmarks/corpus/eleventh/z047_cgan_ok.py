import numpy as np
import torch
import torch.nn as nn

opt = dict(n_classes=10, latent_dim=100, img_size=28, channels=1,
           lr=0.0002, b1=0.5, b2=0.999, batch_size=32)
img_shape = (opt["channels"], opt["img_size"], opt["img_size"])


class Generator(nn.Module):
    def __init__(self):
        super(Generator, self).__init__()

        self.label_emb = nn.Embedding(opt["n_classes"], opt["n_classes"])

        def block(in_feat, out_feat, normalize=True):
            layers = [nn.Linear(in_feat, out_feat)]
            if normalize:
                layers.append(nn.BatchNorm1d(out_feat, 0.8))
            layers.append(nn.LeakyReLU(0.2, inplace=True))
            return layers

        self.model = nn.Sequential(
            *block(opt["latent_dim"] + opt["n_classes"], 128, normalize=False),
            *block(128, 256),
            *block(256, 512),
            *block(512, 1024),
            nn.Linear(1024, int(np.prod(img_shape))),
            nn.Tanh()
        )

    def forward(self, noise, labels):
        # Concatenate label embedding and image to produce input
        gen_input = torch.cat((self.label_emb(labels), noise), -1)
        img = self.model(gen_input)
        img = img.view(img.size(0), *img_shape)
        return img


class Discriminator(nn.Module):
    def __init__(self):
        super(Discriminator, self).__init__()
        self.label_embedding = nn.Embedding(opt["n_classes"], opt["n_classes"])
        self.model = nn.Sequential(
            nn.Linear(opt["n_classes"] + int(np.prod(img_shape)), 512),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(512, 512),
            nn.Dropout(0.4),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(512, 512),
            nn.Dropout(0.4),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(512, 1),
        )

    def forward(self, img, labels):
        d_in = torch.cat((img.view(img.size(0), -1), self.label_embedding(labels)), -1)
        return self.model(d_in)


adversarial_loss = torch.nn.MSELoss()
generator = Generator()
discriminator = Discriminator()
optimizer_G = torch.optim.Adam(generator.parameters(), lr=opt["lr"], betas=(opt["b1"], opt["b2"]))
optimizer_D = torch.optim.Adam(discriminator.parameters(), lr=opt["lr"], betas=(opt["b1"], opt["b2"]))

bs = opt["batch_size"]
real_imgs = torch.rand(bs, *img_shape) * 2 - 1
labels = torch.randint(0, opt["n_classes"], (bs,))
valid = torch.ones(bs, 1)
fake = torch.zeros(bs, 1)

#  Train Generator
optimizer_G.zero_grad()
z = torch.randn(bs, opt["latent_dim"])
gen_labels = torch.randint(0, opt["n_classes"], (bs,))
gen_imgs = generator(z, gen_labels)
g_loss = adversarial_loss(discriminator(gen_imgs, gen_labels), valid)
g_loss.backward()
optimizer_G.step()

#  Train Discriminator
optimizer_D.zero_grad()
d_real_loss = adversarial_loss(discriminator(real_imgs, labels), valid)
d_fake_loss = adversarial_loss(discriminator(gen_imgs.detach(), gen_labels), fake)
d_loss = (d_real_loss + d_fake_loss) / 2
d_loss.backward()
optimizer_D.step()
print("[D loss: %f] [G loss: %f]" % (d_loss.item(), g_loss.item()))

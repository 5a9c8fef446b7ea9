import torch
import torch.nn as nn

n_classes, latent_dim, img_shape = 10, 64, (1, 28, 28)
img_size = 28 * 28


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.label_emb = nn.Embedding(n_classes, n_classes)

        def block(i, o, normalize=True):
            layers = [nn.Linear(i, o)]
            if normalize:
                layers.append(nn.BatchNorm1d(o, 0.8))
            layers.append(nn.LeakyReLU(0.2, inplace=True))
            return layers

        self.model = nn.Sequential(
            *block(latent_dim + n_classes, 128, normalize=False),
            *block(128, 256),
            nn.Linear(256, img_size),
            nn.Tanh(),
        )

    def forward(self, noise, labels):
        x = torch.cat((self.label_emb(labels), noise), -1)
        return self.model(x).view(x.size(0), *img_shape)


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.label_embedding = nn.Embedding(n_classes, n_classes)
        self.model = nn.Sequential(
            nn.Linear(n_classes + img_size, 256), nn.LeakyReLU(0.2, inplace=True),
            nn.Dropout(0.4), nn.Linear(256, 1),
        )

    def forward(self, img, labels):
        d_in = torch.cat((img.view(img.size(0), -1), self.label_embedding(labels)), -1)
        return self.model(d_in)


G, D = Generator(), Discriminator()
adv_loss = nn.MSELoss()
z = torch.randn(8, latent_dim)
gen_labels = torch.arange(8) % n_classes
gen_imgs = G(z, gen_labels)
validity = D(gen_imgs, gen_labels)
g_loss = adv_loss(validity, torch.ones(8, 1))
g_loss.backward()
print(gen_imgs.shape, g_loss.item())

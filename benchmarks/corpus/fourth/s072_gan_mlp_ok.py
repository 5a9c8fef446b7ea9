import torch
import torch.nn as nn

latent_dim = 64
img_shape = (1, 28, 28)
img_size = 28 * 28


def block(in_feat, out_feat, normalize=True):
    layers = [nn.Linear(in_feat, out_feat)]
    if normalize:
        layers.append(nn.BatchNorm1d(out_feat, 0.8))
    layers.append(nn.LeakyReLU(0.2, inplace=True))
    return layers


generator = nn.Sequential(
    *block(latent_dim, 128, normalize=False),
    *block(128, 256),
    *block(256, 512),
    nn.Linear(512, img_size),
    nn.Tanh(),
)
discriminator = nn.Sequential(
    nn.Linear(img_size, 512), nn.LeakyReLU(0.2, inplace=True),
    nn.Linear(512, 256), nn.LeakyReLU(0.2, inplace=True),
    nn.Linear(256, 1), nn.Sigmoid(),
)

z = torch.randn(16, latent_dim)
gen_imgs = generator(z).view(16, *img_shape)
validity = discriminator(gen_imgs.view(16, -1))
print(gen_imgs.shape, validity.shape)

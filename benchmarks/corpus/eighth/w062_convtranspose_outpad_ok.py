import torch
import torch.nn as nn


class Decoder(nn.Module):
    """Decoder that mirrors a stride-2 encoder on 28x28 images (28 -> 14 -> 7 -> 4)."""

    def __init__(self, latent_dim=16):
        super().__init__()
        self.fc = nn.Linear(latent_dim, 128 * 4 * 4)
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(128, 64, 3, stride=2, padding=1),                    # 4 -> 7
            nn.BatchNorm2d(64),
            nn.LeakyReLU(0.2),
            nn.ConvTranspose2d(64, 32, 3, stride=2, padding=1, output_padding=1),   # 7 -> 14
            nn.BatchNorm2d(32),
            nn.LeakyReLU(0.2),
            nn.ConvTranspose2d(32, 1, 3, stride=2, padding=1, output_padding=1),    # 14 -> 28
            nn.Sigmoid(),
        )

    def forward(self, z):
        h = self.fc(z).view(z.size(0), 128, 4, 4)
        return self.deconv(h)


encoder = nn.Sequential(
    nn.Conv2d(1, 32, 3, stride=2, padding=1),
    nn.LeakyReLU(0.2),
    nn.Conv2d(32, 64, 3, stride=2, padding=1),
    nn.LeakyReLU(0.2),
    nn.Conv2d(64, 128, 3, stride=2, padding=1),
    nn.Flatten(),
    nn.Linear(128 * 4 * 4, 16),
)
decoder = Decoder(latent_dim=16)

x = torch.rand(8, 1, 28, 28)
z = encoder(x)
x_hat = decoder(z)
print(z.shape, x_hat.shape, nn.functional.binary_cross_entropy(x_hat, x).item())

import torch
import torch.nn as nn


class CondGenerator(nn.Module):
    def __init__(self, latent_dim=100, n_classes=10, img_size=28):
        super().__init__()
        self.label_emb = nn.Embedding(n_classes, n_classes)
        self.img_size = img_size
        self.model = nn.Sequential(
            nn.Linear(latent_dim, 128),
            nn.LeakyReLU(0.2),
            nn.Linear(128, 256),
            nn.BatchNorm1d(256),
            nn.LeakyReLU(0.2),
            nn.Linear(256, img_size * img_size),
            nn.Tanh(),
        )

    def forward(self, noise, labels):
        gen_input = torch.cat((self.label_emb(labels), noise), -1)
        img = self.model(gen_input)
        return img.view(img.size(0), 1, self.img_size, self.img_size)


G = CondGenerator()
z = torch.randn(8, 100)
labels = torch.randint(0, 10, (8,))
print(G(z, labels).shape)

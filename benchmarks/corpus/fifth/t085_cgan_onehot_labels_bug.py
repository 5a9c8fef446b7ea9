import torch
import torch.nn as nn
import torch.nn.functional as F

n_classes, latent_dim = 10, 64


class CondGenerator(nn.Module):
    def __init__(self):
        super().__init__()
        self.label_emb = nn.Embedding(n_classes, 16)
        self.net = nn.Sequential(
            nn.Linear(latent_dim + 16, 256),
            nn.LeakyReLU(0.2),
            nn.Linear(256, 784),
            nn.Tanh(),
        )

    def forward(self, z, y):
        h = torch.cat([z, self.label_emb(y)], dim=1)
        return self.net(h)


torch.manual_seed(0)
G = CondGenerator()
z = torch.randn(8, latent_dim)
y = F.one_hot(torch.randint(0, n_classes, (8,)), n_classes)   # labels from the dataset, one-hot
print(G(z, y).shape)

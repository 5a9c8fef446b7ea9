import torch
import torch.nn as nn


class CondDiscriminator(nn.Module):
    def __init__(self, num_classes=10, img_dim=28 * 28, emb_dim=50):
        super().__init__()
        self.embed = nn.Embedding(num_classes, emb_dim)
        self.net = nn.Sequential(
            nn.Linear(img_dim + emb_dim, 512),
            nn.LeakyReLU(0.2),
            nn.Linear(512, 256),
            nn.LeakyReLU(0.2),
            nn.Linear(256, 1),
            nn.Sigmoid(),
        )

    def forward(self, images, labels):
        c = self.embed(labels)
        x = torch.cat([images, c], dim=1)
        return self.net(x)


D = CondDiscriminator()
criterion = nn.BCELoss()
real_imgs = torch.rand(8, 1, 28, 28)
real_labels = torch.tensor([0, 1, 2, 3, 4, 5, 6, 7])
out = D(real_imgs, real_labels)
loss = criterion(out, torch.ones(8, 1))
loss.backward()

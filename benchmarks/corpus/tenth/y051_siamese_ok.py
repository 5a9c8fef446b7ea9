import torch
import torch.nn as nn
import torch.nn.functional as F


class SiameseNetwork(nn.Module):
    def __init__(self, emb_dim=64):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 32, 5), nn.ReLU(inplace=True), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 5), nn.ReLU(inplace=True), nn.MaxPool2d(2),
        )
        self.fc = nn.Sequential(
            nn.Linear(64 * 4 * 4, 256), nn.ReLU(inplace=True),
            nn.Linear(256, emb_dim),
        )
        self.head = nn.Linear(2 * emb_dim, 1)

    def embed(self, x):
        x = self.cnn(x)
        return self.fc(x.flatten(start_dim=1))

    def forward(self, a, b):
        ea, eb = self.embed(a), self.embed(b)
        return self.head(torch.cat([ea, eb], dim=1))


net = SiameseNetwork(emb_dim=32)
x1 = torch.randn(10, 1, 28, 28)
x2 = torch.randn(10, 1, 28, 28)
same = torch.randint(0, 2, (10, 1)).float()
loss = F.binary_cross_entropy_with_logits(net(x1, x2), same)

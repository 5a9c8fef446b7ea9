import torch
import torch.nn as nn


class SiameseNet(nn.Module):
    def __init__(self, emb=64):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 32, 5), nn.ReLU(), nn.MaxPool2d(2),     # 105 -> 101 -> 50
            nn.Conv2d(32, 64, 5), nn.ReLU(), nn.MaxPool2d(2),    # 50 -> 46 -> 23
            nn.Flatten(),
            nn.Linear(64 * 23 * 23, emb),
        )
        self.head = nn.Sequential(nn.Linear(2 * emb, 32), nn.ReLU(), nn.Linear(32, 1))

    def forward(self, a, b):
        ea, eb = self.encoder(a), self.encoder(b)
        return self.head(torch.cat([ea, eb], dim=1))


net = SiameseNet()
a = torch.randn(4, 1, 105, 105)
b = torch.randn(4, 1, 105, 105)
print(net(a, b).shape)

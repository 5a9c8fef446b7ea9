import torch
import torch.nn as nn


class SiameseNetwork(nn.Module):
    def __init__(self, emb_dim=128):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 32, 5), nn.ReLU(), nn.MaxPool2d(2),   # 105 -> 101 -> 50
            nn.Conv2d(32, 64, 5), nn.ReLU(), nn.MaxPool2d(2),  # 50 -> 46 -> 23
            nn.Conv2d(64, 64, 3), nn.ReLU(), nn.MaxPool2d(2),  # 23 -> 21 -> 10
        )
        self.fc = nn.Sequential(nn.Flatten(), nn.Linear(64 * 10 * 10, emb_dim), nn.Sigmoid())
        self.out = nn.Linear(emb_dim, 1)

    def embed(self, x):
        return self.fc(self.cnn(x))

    def forward(self, x1, x2):
        diff = torch.abs(self.embed(x1) - self.embed(x2))
        return self.out(diff)


net = SiameseNetwork()
a = torch.randn(4, 1, 105, 105)
b = torch.randn(4, 1, 105, 105)
print(net(a, b).shape)

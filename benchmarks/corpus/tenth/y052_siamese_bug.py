import torch
import torch.nn as nn


class Tower(nn.Module):
    def __init__(self, in_dim, out_dim=128):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_dim, 256), nn.ReLU(), nn.Linear(256, out_dim))

    def forward(self, x):
        return self.net(x)


class PairMatcher(nn.Module):
    def __init__(self, in_dim=300, emb=128):
        super().__init__()
        self.tower = Tower(in_dim, emb)
        self.scorer = nn.Sequential(
            nn.Linear(emb * 2, 64),
            nn.ReLU(),
            nn.Linear(64, 1),
        )

    def forward(self, q, d):
        u = self.tower(q)
        v = self.tower(d)
        pair = torch.cat([u, v])
        return self.scorer(pair)


model = PairMatcher(in_dim=300, emb=96)
query = torch.randn(24, 300)
doc = torch.randn(24, 300)
score = model(query, doc)

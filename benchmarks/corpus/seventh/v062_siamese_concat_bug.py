import torch
import torch.nn as nn


class EmbeddingNet(nn.Module):
    def __init__(self, in_dim=300, emb_dim=128):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_dim, 256), nn.ReLU(), nn.Linear(256, emb_dim))

    def forward(self, x):
        return self.net(x)


class PairClassifier(nn.Module):
    def __init__(self, emb_dim=128):
        super().__init__()
        self.encoder = EmbeddingNet(emb_dim=emb_dim)
        self.head = nn.Sequential(nn.Linear(emb_dim, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, q1, q2):
        e1 = self.encoder(q1)
        e2 = self.encoder(q2)
        pair = torch.cat((e1, e2), dim=1)
        return self.head(pair).squeeze(-1)


model = PairClassifier()
q1 = torch.randn(8, 300)
q2 = torch.randn(8, 300)
print(model(q1, q2).shape)

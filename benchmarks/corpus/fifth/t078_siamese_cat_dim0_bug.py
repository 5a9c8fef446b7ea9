import torch
import torch.nn as nn


class PairClassifier(nn.Module):
    def __init__(self, in_dim=300, emb=128):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(in_dim, emb), nn.ReLU(), nn.Linear(emb, emb))
        self.classifier = nn.Sequential(nn.Linear(emb * 2, 64), nn.ReLU(), nn.Linear(64, 2))

    def forward(self, q1, q2):
        e1 = self.encoder(q1)
        e2 = self.encoder(q2)
        pair = torch.cat((e1, e2))
        return self.classifier(pair)


# duplicate-question detection with averaged word vectors
model = PairClassifier()
q1 = torch.randn(16, 300)
q2 = torch.randn(16, 300)
print(model(q1, q2).shape)

import torch
import torch.nn as nn


class SentencePairModel(nn.Module):
    def __init__(self, vocab_size=800, emb_dim=64, hidden=64):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, emb_dim, padding_idx=0)
        self.encoder = nn.GRU(emb_dim, hidden, batch_first=True)
        self.classifier = nn.Sequential(
            nn.Linear(hidden * 2, hidden),
            nn.ReLU(),
            nn.Linear(hidden, 1),
        )

    def encode(self, tokens):
        _, h = self.encoder(self.embedding(tokens))
        return h[-1]

    def forward(self, left, right):
        u, v = self.encode(left), self.encode(right)
        features = torch.cat([u, v, torch.abs(u - v)], dim=1)
        return self.classifier(features).squeeze(1)


model = SentencePairModel()
left = torch.randint(1, 800, (6, 15))
right = torch.randint(1, 800, (6, 12))
is_dup = torch.tensor([1., 0., 0., 1., 1., 0.])
loss = nn.BCEWithLogitsLoss()(model(left, right), is_dup)
loss.backward()

import torch
from torch import nn


class ReviewModel(nn.Module):
    def __init__(self, vocab=3000, emb=64, hidden=64, n_meta=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hidden, batch_first=True)
        self.meta = nn.Sequential(nn.Linear(n_meta, 16), nn.ReLU())
        self.out = nn.Sequential(nn.Dropout(0.3), nn.Linear(hidden, 1))

    def forward(self, tokens, meta):
        _, (h, _) = self.rnn(self.emb(tokens))
        feats = torch.cat([h[-1], self.meta(meta)], dim=1)
        return self.out(feats)


if __name__ == "__main__":
    model = ReviewModel()
    tokens = torch.randint(0, 3000, (12, 30))
    meta = torch.randn(12, 5)
    print(model(tokens, meta).shape)

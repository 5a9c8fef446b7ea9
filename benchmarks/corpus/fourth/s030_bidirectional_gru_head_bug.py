import torch
import torch.nn as nn


class BiGRUTagger(nn.Module):
    def __init__(self, vocab=3000, emb=100, hidden=128, n_tags=17):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Sequential(
            nn.Dropout(0.2),
            nn.Linear(hidden, n_tags),
        )

    def forward(self, x):
        h, _ = self.gru(self.emb(x))
        return self.out(h)


tagger = BiGRUTagger()
sent = torch.randint(0, 3000, (4, 25))
print(tagger(sent).shape)

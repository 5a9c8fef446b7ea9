# Bidirectional GRU classifier using the final hidden states of both directions
import torch
import torch.nn as nn


class BiGRUClassifier(nn.Module):
    def __init__(self, vocab, emb=64, hid=96, layers=2, n_cls=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb, padding_idx=0)
        self.gru = nn.GRU(emb, hid, num_layers=layers, bidirectional=True, batch_first=True, dropout=0.2)
        self.fc = nn.Sequential(nn.Dropout(0.3), nn.Linear(2 * hid, n_cls))

    def forward(self, x):
        _, h_n = self.gru(self.emb(x))
        h = torch.cat([h_n[-2], h_n[-1]], dim=1)
        return self.fc(h)


model = BiGRUClassifier(vocab=3000)
x = torch.randint(0, 3000, (6, 25))
print(model(x).shape)

import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class Tagger(nn.Module):
    def __init__(self, vocab=500, emb=32, hidden=48, n_tags=7):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb, padding_idx=0)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_tags)

    def forward(self, ids, lengths):
        packed = pack_padded_sequence(self.emb(ids), lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed)
        out, _ = pad_packed_sequence(out, batch_first=True)
        return self.out(out)


torch.manual_seed(0)
ids = torch.randint(1, 500, (3, 11))
lengths = torch.tensor([11, 7, 4])
for i, L in enumerate(lengths.tolist()):
    ids[i, L:] = 0
model = Tagger()
print(model(ids, lengths).shape)

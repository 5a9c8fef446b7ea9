import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class BiLSTMEncoder(nn.Module):
    def __init__(self, vocab_size, emb_dim=32, hidden=40, n_classes=5):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, emb_dim, padding_idx=0)
        self.lstm = nn.LSTM(emb_dim, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, ids, lengths):
        x = self.emb(ids)
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        packed_out, (h_n, c_n) = self.lstm(packed)
        out, _ = pad_packed_sequence(packed_out, batch_first=True)
        sent = torch.cat([h_n[0], h_n[1]], dim=-1)
        return out, self.fc(sent)


model = BiLSTMEncoder(vocab_size=100)
ids = torch.randint(1, 100, (3, 12))
lengths = torch.tensor([12, 7, 9])
for i, L in enumerate(lengths):
    ids[i, L:] = 0
out, logits = model(ids, lengths)
print(out.shape, logits.shape)

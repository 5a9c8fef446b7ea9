import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_dim, emb_dim, hid_dim, dropout=0.1):
        super().__init__()
        self.embedding = nn.Embedding(input_dim, emb_dim)
        self.rnn = nn.GRU(emb_dim, hid_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, src):
        embedded = self.dropout(self.embedding(src))
        outputs, hidden = self.rnn(embedded)
        return hidden


class Decoder(nn.Module):
    def __init__(self, output_dim, emb_dim, hid_dim):
        super().__init__()
        self.embedding = nn.Embedding(output_dim, emb_dim)
        self.rnn = nn.GRU(emb_dim + hid_dim, hid_dim)
        self.fc_out = nn.Sequential(nn.Linear(emb_dim + hid_dim * 2, output_dim))

    def forward(self, inp, hidden, context):
        embedded = self.embedding(inp.unsqueeze(0))
        output, hidden = self.rnn(torch.cat((embedded, context), dim=2), hidden)
        out = torch.cat((embedded.squeeze(0), hidden.squeeze(0), context.squeeze(0)), dim=1)
        return self.fc_out(out), hidden


enc = Encoder(500, 32, 64)
dec = Decoder(600, 32, 64)
src = torch.randint(0, 500, (12, 4))   # (src_len, batch)
context = enc(src)
pred, h = dec(torch.zeros(4, dtype=torch.long), context, context)
print(pred.shape, h.shape)

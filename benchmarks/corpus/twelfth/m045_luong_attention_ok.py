import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self, vocab, emb=32, hidden=64):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True)

    def forward(self, src):
        return self.rnn(self.embed(src))


class AttnDecoder(nn.Module):
    def __init__(self, vocab, emb=32, hidden=64):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True)
        self.concat = nn.Linear(hidden * 2, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tok, hidden, enc_out):
        # tok: (B, 1)
        dec_out, hidden = self.rnn(self.embed(tok), hidden)          # (B, 1, H)
        scores = torch.bmm(dec_out, enc_out.transpose(1, 2))          # (B, 1, S)
        attn = F.softmax(scores, dim=-1)
        context = torch.bmm(attn, enc_out)                            # (B, 1, H)
        h = torch.tanh(self.concat(torch.cat([dec_out, context], dim=-1)))
        return self.out(h.squeeze(1)), hidden, attn


SRC_V, TGT_V = 300, 200
enc, dec = Encoder(SRC_V), AttnDecoder(TGT_V)
params = list(enc.parameters()) + list(dec.parameters())
opt = torch.optim.Adam(params, lr=1e-3)

src = torch.randint(0, SRC_V, (4, 12))
tgt = torch.randint(0, TGT_V, (4, 7))

enc_out, hidden = enc(src)
tok = tgt[:, :1]
loss = 0.0
for t in range(1, tgt.size(1)):
    logits, hidden, attn = dec(tok, hidden, enc_out)
    loss = loss + F.cross_entropy(logits, tgt[:, t])
    tok = tgt[:, t:t + 1]  # teacher forcing
opt.zero_grad()
loss.backward()
opt.step()
print("loss", loss.item() / (tgt.size(1) - 1))

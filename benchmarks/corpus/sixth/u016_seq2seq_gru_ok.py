# Seq2seq with GRU encoder/decoder and teacher forcing (assignment skeleton)
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, src_vocab, emb, hid):
        super().__init__()
        self.emb = nn.Embedding(src_vocab, emb)
        self.rnn = nn.GRU(emb, hid, batch_first=True)

    def forward(self, src):
        _, h = self.rnn(self.emb(src))
        return h


class Decoder(nn.Module):
    def __init__(self, tgt_vocab, emb, hid):
        super().__init__()
        self.emb = nn.Embedding(tgt_vocab, emb)
        self.rnn = nn.GRU(emb, hid, batch_first=True)
        self.out = nn.Linear(hid, tgt_vocab)

    def forward(self, tok, h):
        o, h = self.rnn(self.emb(tok).unsqueeze(1), h)
        return self.out(o.squeeze(1)), h


def main():
    enc, dec = Encoder(300, 64, 128), Decoder(400, 64, 128)
    src = torch.randint(0, 300, (8, 12))
    tgt = torch.randint(0, 400, (8, 10))
    h = enc(src)
    outputs = []
    for t in range(tgt.size(1)):
        logits, h = dec(tgt[:, t], h)
        outputs.append(logits)
    outputs = torch.stack(outputs, dim=1)
    print(outputs.shape)


if __name__ == "__main__":
    main()

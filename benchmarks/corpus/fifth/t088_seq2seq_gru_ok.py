import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, emb, hid):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hid, batch_first=True)

    def forward(self, src):
        _, h = self.rnn(self.emb(src))
        return h


class Decoder(nn.Module):
    def __init__(self, vocab, emb, hid):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hid, batch_first=True)
        self.out = nn.Linear(hid, vocab)

    def forward(self, tgt, h):
        o, h = self.rnn(self.emb(tgt), h)
        return self.out(o), h


def main():
    torch.manual_seed(0)
    enc = Encoder(vocab=120, emb=32, hid=64)
    dec = Decoder(vocab=150, emb=32, hid=64)
    src = torch.randint(0, 120, (4, 12))
    tgt = torch.randint(0, 150, (4, 9))
    logits, h = dec(tgt, enc(src))
    print(logits.shape, h.shape)


if __name__ == "__main__":
    main()

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, emb, hid):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hid, batch_first=True)

    def forward(self, src):
        outputs, hidden = self.rnn(self.embedding(src))
        return outputs, hidden


class Decoder(nn.Module):
    def __init__(self, vocab, emb, hid):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hid, batch_first=True)
        self.out = nn.Linear(hid, vocab)

    def forward(self, token, hidden):
        emb = self.embedding(token.unsqueeze(1))
        output, hidden = self.rnn(emb, hidden)
        return self.out(output.squeeze(1)), hidden


class Seq2Seq(nn.Module):
    def __init__(self, src_vocab, trg_vocab, emb=32, hid=64):
        super().__init__()
        self.encoder = Encoder(src_vocab, emb, hid)
        self.decoder = Decoder(trg_vocab, emb, hid)

    def forward(self, src, trg):
        _, hidden = self.encoder(src)
        token = trg[:, 0]
        outputs = []
        for t in range(1, trg.size(1)):
            logits, hidden = self.decoder(token, hidden)
            outputs.append(logits)
            token = trg[:, t]
        return torch.stack(outputs, dim=1)


model = Seq2Seq(120, 90)
optimizer = torch.optim.Adam(model.parameters())
criterion = nn.CrossEntropyLoss(ignore_index=0)
src = torch.randint(1, 120, (4, 12))
trg = torch.randint(1, 90, (4, 9))
out = model(src, trg)
loss = criterion(out.reshape(-1, 90), trg[:, 1:].reshape(-1))
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(out.shape, loss.item())

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_dim, emb_dim, hid_dim, dropout=0.1):
        super().__init__()
        self.embedding = nn.Embedding(input_dim, emb_dim)
        self.rnn = nn.GRU(emb_dim, hid_dim, bidirectional=True)
        self.fc = nn.Linear(hid_dim * 2, hid_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, src):
        embedded = self.dropout(self.embedding(src))
        outputs, hidden = self.rnn(embedded)
        hidden = torch.tanh(self.fc(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)))
        return outputs, hidden


class Decoder(nn.Module):
    def __init__(self, output_dim, emb_dim, hid_dim):
        super().__init__()
        self.output_dim = output_dim
        self.embedding = nn.Embedding(output_dim, emb_dim)
        self.rnn = nn.GRU(emb_dim, hid_dim)
        self.fc_out = nn.Linear(hid_dim, output_dim)

    def forward(self, token, hidden):
        embedded = self.embedding(token.unsqueeze(0))
        output, hidden = self.rnn(embedded, hidden.unsqueeze(0))
        return self.fc_out(output.squeeze(0)), hidden.squeeze(0)


SRC_VOCAB, TRG_VOCAB = 1200, 1500
enc = Encoder(SRC_VOCAB, 64, 128)
dec = Decoder(TRG_VOCAB, 64, 128)

src = torch.randint(0, SRC_VOCAB, (15, 8))
trg = torch.randint(0, TRG_VOCAB, (12, 8))
_, hidden = enc(src)
outputs = torch.zeros(trg.size(0), trg.size(1), TRG_VOCAB)
token = trg[0]
for t in range(1, trg.size(0)):
    pred, hidden = dec(token, hidden)
    outputs[t] = pred
    token = trg[t]
loss = nn.CrossEntropyLoss()(outputs[1:].reshape(-1, TRG_VOCAB), trg[1:].reshape(-1))

import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, vocab_size, hidden_size, n_layers=1):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers, batch_first=True, bidirectional=True)

    def forward(self, x):
        out, hidden = self.gru(self.embedding(x))
        return out, hidden


class DecoderRNN(nn.Module):
    def __init__(self, hidden_size, vocab_size, n_layers=1):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers, batch_first=True)
        self.out = nn.Linear(hidden_size, vocab_size)

    def forward(self, x, hidden):
        out, hidden = self.gru(torch.relu(self.embedding(x)), hidden)
        return self.out(out), hidden


hidden_size = 256
encoder = EncoderRNN(vocab_size=2000, hidden_size=hidden_size)
decoder = DecoderRNN(hidden_size, vocab_size=2500)

src = torch.randint(0, 2000, (32, 10))
tgt = torch.randint(0, 2500, (32, 12))
enc_out, enc_hidden = encoder(src)
dec_in = tgt[:, :-1]
logits, _ = decoder(dec_in, enc_hidden)
loss = nn.CrossEntropyLoss()(logits.reshape(-1, 2500), tgt[:, 1:].reshape(-1))

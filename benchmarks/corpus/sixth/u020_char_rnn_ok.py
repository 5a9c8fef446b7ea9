# Character-level language model (Karpathy-style) with a 2-layer LSTM
import torch
import torch.nn as nn

text = "hello world, this is a tiny corpus for a char rnn"
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden=128, layers=2):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.emb = nn.Embedding(n_chars, 32)
        self.lstm = nn.LSTM(32, hidden, layers, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(hidden, n_chars)

    def init_hidden(self, batch):
        return (torch.zeros(self.layers, batch, self.hidden), torch.zeros(self.layers, batch, self.hidden))

    def forward(self, x, hc):
        out, hc = self.lstm(self.emb(x), hc)
        return self.fc(out.reshape(-1, self.hidden)), hc


model = CharRNN(len(chars))
seq = torch.tensor([[stoi[c] for c in text[:20]], [stoi[c] for c in text[20:40]]])
logits, (h, c) = model(seq, model.init_hidden(2))
print(logits.shape, h.shape, c.shape)

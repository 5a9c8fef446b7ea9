import torch
import torch.nn as nn


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden_size=128, n_layers=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.encoder = nn.Embedding(n_chars, hidden_size)
        self.rnn = nn.GRU(hidden_size, hidden_size, n_layers, batch_first=True)
        self.decoder = nn.Linear(hidden_size, n_chars)

    def init_hidden(self, batch_size):
        return torch.zeros(self.n_layers, batch_size, self.hidden_size)

    def forward(self, inp, hidden):
        emb = self.encoder(inp)
        output, hidden = self.rnn(emb, hidden)
        logits = self.decoder(output.reshape(-1, self.hidden_size))
        return logits, hidden


n_chars = 65
batch_size, seq_len = 16, 50
model = CharRNN(n_chars, hidden_size=96)
inp = torch.randint(0, n_chars, (batch_size, seq_len))
target = torch.randint(0, n_chars, (batch_size, seq_len))
h = model.init_hidden(batch_size)
logits, h = model(inp, h)
loss = nn.functional.cross_entropy(logits, target.view(-1))

import torch
import torch.nn as nn


class CharLSTM(nn.Module):
    def __init__(self, n_chars, embed=32, hidden=64, layers=1):
        super().__init__()
        self.hidden = hidden
        self.layers = layers
        self.embed = nn.Embedding(n_chars, embed)
        self.lstm = nn.LSTM(embed, hidden, layers)
        self.fc = nn.Linear(hidden, n_chars)

    def init_state(self, batch_size):
        h = torch.zeros(self.layers, batch_size, self.hidden)
        c = torch.zeros(self.layers, batch_size, self.hidden)
        return h, c

    def forward(self, x, state):
        x = self.embed(x)
        out, state = self.lstm(x, state)
        return self.fc(out), state


vocab = 80
model = CharLSTM(vocab)
x = torch.randint(0, vocab, (16, 100))
state = model.init_state(x.size(0))
out, state = model(x, state)

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_dim=6, hidden=32, num_layers=2):
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(input_dim, hidden, num_layers=num_layers, batch_first=True)
        self.proj = nn.Linear(hidden, 16)

    def init_hidden(self, batch_size):
        return torch.zeros(1, batch_size, self.hidden)

    def forward(self, x):
        h0 = self.init_hidden(x.size(0))
        out, h = self.gru(x, h0)
        return self.proj(out[:, -1])


torch.manual_seed(0)
enc = Encoder()
x = torch.randn(4, 10, 6)
print(enc(x).shape)

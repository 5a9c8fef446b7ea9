# batch_first=True LSTM; user assumed the hidden state is batch-first too
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, n_in=4, hidden=64, n_layers=1, horizon=12):
        super().__init__()
        self.hidden, self.n_layers = hidden, n_layers
        self.lstm = nn.LSTM(n_in, hidden, n_layers, batch_first=True)
        self.proj = nn.Linear(hidden, horizon)

    def forward(self, x):
        b = x.size(0)
        h0 = torch.zeros(b, self.n_layers, self.hidden)
        c0 = torch.zeros(b, self.n_layers, self.hidden)
        out, _ = self.lstm(x, (h0, c0))
        return self.proj(out[:, -1, :])


model = Forecaster()
series = torch.randn(16, 48, 4)
print(model(series).shape)

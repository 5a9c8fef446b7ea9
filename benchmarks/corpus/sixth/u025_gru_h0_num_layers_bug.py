# Stacked GRU for stock prices, initial hidden state created by hand
import torch
import torch.nn as nn


class PriceGRU(nn.Module):
    def __init__(self, n_features=5, hidden=64, num_layers=2):
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(n_features, hidden, num_layers=num_layers, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h0 = torch.zeros(1, x.size(0), self.hidden)
        out, _ = self.gru(x, h0)
        return self.fc(out[:, -1])


model = PriceGRU()
window = torch.randn(8, 30, 5)
print(model(window).shape)

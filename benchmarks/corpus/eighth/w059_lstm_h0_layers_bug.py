import torch
import torch.nn as nn


class StockLSTM(nn.Module):
    def __init__(self, n_features=5, hidden_size=32, num_layers=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.lstm = nn.LSTM(n_features, hidden_size, num_layers=num_layers, batch_first=True)
        self.head = nn.Linear(hidden_size, 1)

    def forward(self, x):
        batch = x.size(0)
        h0 = torch.zeros(1, batch, self.hidden_size)
        c0 = torch.zeros(1, batch, self.hidden_size)
        out, (hn, cn) = self.lstm(x, (h0, c0))
        return self.head(hn[-1])


# OHLCV windows of 30 trading days
model = StockLSTM()
windows = torch.randn(16, 30, 5)
print(model(windows).shape)

import torch
import torch.nn as nn


class GRUForecaster(nn.Module):
    def __init__(self, n_features, hidden_size=64, num_layers=2, horizon=1):
        super().__init__()
        self.gru = nn.GRU(n_features, hidden_size, num_layers=num_layers, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(hidden_size, horizon)

    def forward(self, x):
        h0 = torch.zeros(self.gru.num_layers, x.size(0), self.gru.hidden_size)
        out, _ = self.gru(x, h0)
        return self.fc(out[:, -1, :])


feature_cols = ["open", "high", "low", "close", "volume"]
lookback = 30
model = GRUForecaster(n_features=len(feature_cols), hidden_size=32, horizon=5)
windows = torch.randn(64, lookback, len(feature_cols))
future = torch.randn(64, 5)
loss = nn.MSELoss()(model(windows), future)

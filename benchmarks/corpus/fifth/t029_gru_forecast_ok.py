import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, n_features=3, hidden=32, layers=2, horizon=12):
        super().__init__()
        self.gru = nn.GRU(n_features, hidden, num_layers=layers, batch_first=True, dropout=0.1)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, horizon))

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1, :])


torch.manual_seed(0)
series = torch.randn(20, 48, 3)     # 20 windows of 48 steps, 3 features
model = Forecaster()
pred = model(series)
print("forecast", pred.shape)

import torch
import torch.nn as nn

class GRUForecaster(nn.Module):
    def __init__(self, n_features=1, hidden=32, horizon=3):
        super().__init__()
        self.gru = nn.GRU(n_features, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Sequential(nn.Linear(hidden, 16), nn.ReLU(), nn.Linear(16, horizon))

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1, :])

t = torch.linspace(0, 20, 200)
series = torch.sin(t)
windows = series.unfold(0, 24, 1).unsqueeze(-1)      # (177, 24, 1)
model = GRUForecaster()
print(model(windows[:16]).shape)

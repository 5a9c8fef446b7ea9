import numpy as np
import torch
import torch.nn as nn


class LSTMForecaster(nn.Module):
    def __init__(self, n_features=1, hidden=50, n_layers=2, horizon=12):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden, n_layers, batch_first=True)
        self.fc = nn.Sequential(nn.Linear(hidden, hidden // 2), nn.ReLU(), nn.Linear(hidden // 2, horizon))

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])


series = np.sin(np.arange(0, 100, 0.1)).astype(np.float32)
window = 30
X = np.stack([series[i:i + window] for i in range(64)])[..., None]
model = LSTMForecaster()
pred = model(torch.tensor(X))
print(pred.shape)

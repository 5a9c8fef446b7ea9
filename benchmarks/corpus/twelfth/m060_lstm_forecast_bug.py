import numpy as np
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, n_features=3, hidden=48, num_layers=2, horizon=5):
        super().__init__()
        self.hidden = hidden
        self.num_layers = num_layers
        self.lstm = nn.LSTM(n_features, hidden, num_layers=num_layers, dropout=0.1)
        self.fc = nn.Linear(hidden, horizon)

    def forward(self, x):
        b = x.size(0)
        h0 = torch.zeros(self.num_layers, b, self.hidden)
        c0 = torch.zeros(self.num_layers, b, self.hidden)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])


def windows(series, lookback, horizon):
    xs, ys = [], []
    for i in range(len(series) - lookback - horizon):
        xs.append(series[i:i + lookback])
        ys.append(series[i + lookback:i + lookback + horizon, 0])
    return np.array(xs, dtype=np.float32), np.array(ys, dtype=np.float32)


t = np.arange(300)
series = np.stack([np.sin(t / 10), np.cos(t / 15), np.random.randn(300) * 0.1], axis=1)
X, Y = windows(series, lookback=24, horizon=5)
X, Y = torch.from_numpy(X[:64]), torch.from_numpy(Y[:64])

model = Forecaster()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(2):
    pred = model(X)
    loss = nn.functional.mse_loss(pred, Y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item())

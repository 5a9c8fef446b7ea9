import numpy as np
import torch
import torch.nn as nn


def make_windows(series, window=24):
    xs, ys = [], []
    for i in range(len(series) - window):
        xs.append(series[i:i + window])
        ys.append(series[i + window])
    return np.array(xs, dtype=np.float32), np.array(ys, dtype=np.float32)


class GRUForecaster(nn.Module):
    def __init__(self, input_size=1, hidden_size=32, num_layers=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.gru = nn.GRU(input_size, hidden_size, num_layers, batch_first=True)
        self.out = nn.Linear(hidden_size, 1)

    def init_hidden(self, batch_size):
        return torch.zeros(batch_size, self.num_layers, self.hidden_size)

    def forward(self, x):
        h0 = self.init_hidden(x.size(0))
        out, h = self.gru(x, h0)
        return self.out(out[:, -1])


t = np.arange(300)
series = np.sin(t * 0.1) + 0.05 * np.random.randn(300)
X, y = make_windows(series)
X = torch.from_numpy(X).unsqueeze(-1)   # (N, 24, 1)
y = torch.from_numpy(y).unsqueeze(-1)

model = GRUForecaster()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
loss_fn = nn.MSELoss()

for epoch in range(2):
    for i in range(0, 32, 16):
        xb, yb = X[i:i + 16], y[i:i + 16]
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
    print(epoch, loss.item())

import math
import torch
import torch.nn as nn


class GRUForecaster(nn.Module):
    def __init__(self, input_size=1, hidden_size=32, num_layers=2, horizon=1):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, num_layers, batch_first=True)
        self.head = nn.Linear(hidden_size, horizon)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1, :])


def make_windows(series, window):
    xs, ys = [], []
    for i in range(len(series) - window):
        xs.append(series[i:i + window])
        ys.append(series[i + window])
    return torch.stack(xs).unsqueeze(-1), torch.stack(ys).unsqueeze(-1)


t = torch.linspace(0, 8 * math.pi, 200)
series = torch.sin(t) + 0.1 * torch.cos(3 * t)
X, Y = make_windows(series, 20)

model = GRUForecaster()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.MSELoss()
for epoch in range(2):
    for i in range(0, 64, 32):
        xb, yb = X[i:i + 32], Y[i:i + 32]
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
print(X.shape, Y.shape, loss.item())

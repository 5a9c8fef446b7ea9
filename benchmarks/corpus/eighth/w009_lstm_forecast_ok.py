import numpy as np
import torch
import torch.nn as nn


def create_sequences(series, seq_len):
    xs, ys = [], []
    for i in range(len(series) - seq_len):
        xs.append(series[i:i + seq_len])
        ys.append(series[i + seq_len])
    return np.array(xs), np.array(ys)


class LSTMForecaster(nn.Module):
    def __init__(self, input_size=1, hidden_size=50, num_layers=2, output_size=1):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])


t = np.linspace(0, 20, 200, dtype=np.float32)
series = np.sin(t)
X, y = create_sequences(series, seq_len=24)
X = torch.from_numpy(X).unsqueeze(-1)
y = torch.from_numpy(y).unsqueeze(-1)

model = LSTMForecaster()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.MSELoss()
for epoch in range(2):
    optimizer.zero_grad()
    loss = criterion(model(X[:32]), y[:32])
    loss.backward()
    optimizer.step()
print(model(X[:4]).shape)

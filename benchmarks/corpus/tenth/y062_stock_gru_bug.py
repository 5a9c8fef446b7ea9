import torch
import torch.nn as nn


class LSTMRegressor(nn.Module):
    def __init__(self, input_size=6, hidden_size=50, num_layers=1):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.linear = nn.Linear(hidden_size, 1)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        out, _ = self.lstm(x, (h0, c0))
        return self.linear(out[:, -1])


columns = ["temp", "humidity", "pressure", "wind_speed", "wind_dir", "rain", "hour"]
window = 24
model = LSTMRegressor(hidden_size=64, num_layers=2)
X = torch.randn(128, window, len(columns))
y = torch.randn(128, 1)
pred = model(X)
loss = nn.L1Loss()(pred, y)

import torch
import torch.nn as nn


class LSTMForecaster(nn.Module):
    def __init__(self, n_features=4, hidden_size=32, num_layers=2, horizon=6):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(n_features, hidden_size, num_layers, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(hidden_size, horizon)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        out, (hn, cn) = self.lstm(x, (h0, c0))
        return self.fc(hn[-1])


model = LSTMForecaster()
window = torch.randn(16, 48, 4)  # 48 past time steps
forecast = model(window)
print(forecast.shape)

import torch
import torch.nn as nn


class StockLSTM(nn.Module):
    def __init__(self, input_dim=5, hidden_dim=32, num_layers=2, output_dim=1):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_dim, hidden_dim, num_layers)
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_dim)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_dim)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])


model = StockLSTM()
x_train = torch.randn(4, 20, 5)  # (batch, lookback, features)
print(model(x_train).shape)

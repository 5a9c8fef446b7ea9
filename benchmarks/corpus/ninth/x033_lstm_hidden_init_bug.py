import torch
import torch.nn as nn


class StockLSTM(nn.Module):
    def __init__(self, input_dim=5, hidden_dim=64, num_layers=2, output_dim=1):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_dim, hidden_dim, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, x):
        h0 = torch.zeros(1, x.size(0), self.hidden_dim)
        c0 = torch.zeros(1, x.size(0), self.hidden_dim)
        out, (hn, cn) = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])


model = StockLSTM()
criterion = nn.MSELoss(reduction='mean')
optimiser = torch.optim.Adam(model.parameters(), lr=0.01)
x_train = torch.randn(32, 30, 5)
y_train = torch.randn(32, 1)
for t in range(3):
    y_pred = model(x_train)
    loss = criterion(y_pred, y_train)
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()

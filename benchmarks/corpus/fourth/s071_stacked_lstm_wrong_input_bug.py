import torch
import torch.nn as nn


class StackedLSTM(nn.Module):
    def __init__(self, input_dim=8, hidden1=64, hidden2=32, out_dim=1):
        super().__init__()
        self.lstm1 = nn.LSTM(input_dim, hidden1, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.lstm2 = nn.LSTM(input_dim, hidden2, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden2, 16), nn.ReLU(), nn.Linear(16, out_dim))

    def forward(self, x):
        x, _ = self.lstm1(x)
        x = self.drop(x)
        x, _ = self.lstm2(x)
        return self.head(x[:, -1])


model = StackedLSTM()
print(model(torch.randn(32, 24, 8)).shape)

# univariate stock price prediction
import torch
import torch.nn as nn

torch.manual_seed(0)


class PriceLSTM(nn.Module):
    def __init__(self, hidden=50):
        super().__init__()
        self.lstm = nn.LSTM(input_size=1, hidden_size=hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])


prices = torch.randn(32, 60)          # 32 windows of 60 days
x = prices.unsqueeze(1)               # add feature dim
print(x.shape)
model = PriceLSTM()
print(model(x).shape)

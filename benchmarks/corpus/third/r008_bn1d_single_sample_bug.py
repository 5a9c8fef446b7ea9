import torch
import torch.nn as nn


class TabularNet(nn.Module):
    def __init__(self, n_features, hidden=64, n_out=1):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_features, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden // 2),
            nn.BatchNorm1d(hidden // 2),
            nn.ReLU(),
            nn.Linear(hidden // 2, n_out),
        )

    def forward(self, x):
        return self.net(x)


model = TabularNet(n_features=12)
# predict a single new row
row = torch.randn(12).unsqueeze(0)
pred = model(row)
print(pred.shape)

import torch
import torch.nn as nn


class Regressor(nn.Module):
    def __init__(self, in_features, hidden=64):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden // 2),
            nn.BatchNorm1d(hidden // 2),
            nn.ReLU(),
            nn.Linear(hidden // 2, 1),
        )

    def forward(self, x):
        return self.net(x).squeeze(-1)


model = Regressor(20)
train_batch = torch.randn(32, 20)
print(model(train_batch).shape)

# predict a single new house
new_sample = torch.randn(1, 20)
pred = model(new_sample)
print(pred.item())

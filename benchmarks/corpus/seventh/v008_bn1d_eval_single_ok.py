import torch
import torch.nn as nn


class Regressor(nn.Module):
    def __init__(self, in_features, hidden=64):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(),
            nn.Dropout(0.1),
            nn.Linear(hidden, 1),
        )

    def forward(self, x):
        return self.net(x).squeeze(-1)


model = Regressor(20)
print(model(torch.randn(32, 20)).shape)

model.eval()
with torch.no_grad():
    new_sample = torch.randn(1, 20)
    pred = model(new_sample)
print(pred.shape, pred.item())

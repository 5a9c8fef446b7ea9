import numpy as np
import torch
from torch import nn

np.random.seed(3)
data = np.random.rand(300, 14).astype(np.float32)   # last column is the target
features = torch.tensor(data[:, :-1])
target = torch.tensor(data[:, -1])

n_in = data.shape[1]


class Regressor(nn.Module):
    def __init__(self, n_in, hidden=(64, 32)):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(n_in, hidden[0]), nn.ReLU(),
            nn.Linear(hidden[0], hidden[1]), nn.ReLU(),
            nn.Linear(hidden[1], 1),
        )

    def forward(self, x):
        return self.layers(x).squeeze(-1)


model = Regressor(n_in)
preds = model(features)
print(preds.shape, nn.functional.mse_loss(preds, target).item())

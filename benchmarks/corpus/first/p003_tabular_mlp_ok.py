import torch
from torch import nn

torch.manual_seed(0)
n_features = 13
hidden = 64
model = nn.Sequential(
    nn.Linear(n_features, hidden),
    nn.BatchNorm1d(hidden),
    nn.ReLU(),
    nn.Linear(hidden, hidden // 2),
    nn.ReLU(),
    nn.Linear(hidden // 2, 1),
    nn.Sigmoid(),
)
X = torch.rand(16, n_features)
y_hat = model(X)
print(y_hat.shape)

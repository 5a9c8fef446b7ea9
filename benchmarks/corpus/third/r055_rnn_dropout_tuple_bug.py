import torch
import torch.nn as nn

n_features, hidden = 6, 32

model = nn.Sequential(
    nn.Linear(n_features, hidden),
    nn.Tanh(),
    nn.RNN(hidden, hidden, num_layers=2, batch_first=True),
    nn.Dropout(0.2),
    nn.Linear(hidden, 1),
)

sensor = torch.randn(10, 50, n_features)
print(model(sensor).shape)

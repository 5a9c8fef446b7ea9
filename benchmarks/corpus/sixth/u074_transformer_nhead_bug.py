# Time-series transformer: 100 input features projected, 8 attention heads
import torch
import torch.nn as nn

n_features = 100
d_model = n_features

encoder = nn.TransformerEncoder(
    nn.TransformerEncoderLayer(d_model=d_model, nhead=8, dim_feedforward=256, batch_first=True),
    num_layers=3,
)
head = nn.Linear(d_model, 1)

x = torch.randn(16, 24, n_features)
y = head(encoder(x)[:, -1])
print(y.shape)

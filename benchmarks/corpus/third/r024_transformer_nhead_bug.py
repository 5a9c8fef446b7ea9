import torch
from torch import nn


class TimeSeriesTransformer(nn.Module):
    def __init__(self, n_features=7, d_model=100, nhead=8, num_layers=2, horizon=24):
        super().__init__()
        self.input_proj = nn.Linear(n_features, d_model)
        self.encoder = nn.Sequential(*[
            nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=4 * d_model, batch_first=True)
            for _ in range(num_layers)
        ])
        self.out = nn.Linear(d_model, horizon)

    def forward(self, x):
        h = self.encoder(self.input_proj(x))
        return self.out(h[:, -1])


model = TimeSeriesTransformer()
x = torch.randn(16, 96, 7)
print(model(x).shape)

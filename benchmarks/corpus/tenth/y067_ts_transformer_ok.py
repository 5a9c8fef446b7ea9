import torch
import torch.nn as nn


class TimeSeriesTransformer(nn.Module):
    def __init__(self, n_features, d_model=64, nhead=4, num_layers=3, seq_len=96, n_out=1):
        super().__init__()
        self.input_proj = nn.Linear(n_features, d_model)
        self.pos = nn.Parameter(torch.randn(1, seq_len, d_model) * 0.02)
        enc_layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=128, dropout=0.1, batch_first=True)
        self.encoder = nn.TransformerEncoder(enc_layer, num_layers)
        self.out = nn.Linear(d_model, n_out)

    def forward(self, x):
        x = self.input_proj(x) + self.pos[:, : x.size(1)]
        x = self.encoder(x)
        return self.out(x[:, -1])


model = TimeSeriesTransformer(n_features=7, d_model=32, nhead=4, num_layers=2, seq_len=96)
x = torch.randn(16, 96, 7)
y = torch.randn(16, 1)
loss = nn.MSELoss()(model(x), y)

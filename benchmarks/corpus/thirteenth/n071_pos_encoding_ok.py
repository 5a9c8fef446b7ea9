import math

import torch
import torch.nn as nn

cfg = {
    "n_features": 5,
    "d_model": 32,
    "nhead": 4,
    "num_layers": 2,
    "max_len": 128,
    "seq_len": 100,
}


class PositionalEncoding(nn.Module):
    def __init__(self, d_model, dropout=0.1, max_len=5000):
        super().__init__()
        self.dropout = nn.Dropout(p=dropout)
        position = torch.arange(max_len).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
        pe = torch.zeros(1, max_len, d_model)
        pe[0, :, 0::2] = torch.sin(position * div_term)
        pe[0, :, 1::2] = torch.cos(position * div_term)
        self.register_buffer("pe", pe)

    def forward(self, x):  # x: (batch, seq, d_model)
        x = x + self.pe[:, :x.size(1)]
        return self.dropout(x)


class TimeSeriesTransformer(nn.Module):
    def __init__(self, n_features, d_model, nhead, num_layers, max_len, **kwargs):
        super().__init__()
        self.input_proj = nn.Linear(n_features, d_model)
        self.pos = PositionalEncoding(d_model, max_len=max_len)
        enc_layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=64, batch_first=True)
        self.encoder = nn.TransformerEncoder(enc_layer, num_layers)
        self.head = nn.Linear(d_model, 1)

    def forward(self, x):
        h = self.pos(self.input_proj(x) * math.sqrt(self.input_proj.out_features))
        h = self.encoder(h)
        return self.head(h[:, -1])


model = TimeSeriesTransformer(**cfg)
x = torch.randn(8, cfg["seq_len"], cfg["n_features"])
y = torch.randn(8, 1)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(2):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())

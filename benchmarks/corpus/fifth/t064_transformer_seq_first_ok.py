import math

import torch
import torch.nn as nn


class PositionalEncoding(nn.Module):
    def __init__(self, d_model, max_len=500):
        super().__init__()
        pe = torch.zeros(max_len, 1, d_model)
        position = torch.arange(max_len).unsqueeze(1)
        div = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
        pe[:, 0, 0::2] = torch.sin(position * div)
        pe[:, 0, 1::2] = torch.cos(position * div)
        self.register_buffer("pe", pe)

    def forward(self, x):          # x: (S, N, E)
        return x + self.pe[: x.size(0)]


d_model = 32
model = nn.Sequential(
    nn.Embedding(500, d_model),
    PositionalEncoding(d_model),
    nn.TransformerEncoder(nn.TransformerEncoderLayer(d_model, nhead=4, dim_feedforward=64), 2),
    nn.Linear(d_model, 500),
)

torch.manual_seed(0)
src = torch.randint(0, 500, (35, 4))     # (seq_len, batch)
print(model(src).shape)

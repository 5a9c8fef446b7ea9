import math
import torch
import torch.nn as nn


class PositionalEncoding(nn.Module):
    def __init__(self, d_model, dropout=0.1, max_len=5000):
        super().__init__()
        self.dropout = nn.Dropout(p=dropout)
        position = torch.arange(max_len).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
        pe = torch.zeros(max_len, 1, d_model)
        pe[:, 0, 0::2] = torch.sin(position * div_term)
        pe[:, 0, 1::2] = torch.cos(position * div_term)
        self.register_buffer("pe", pe)

    def forward(self, x):
        x = x + self.pe[: x.size(0)]
        return self.dropout(x)


ntoken, d_model, nhead = 1000, 200, 2
model = nn.Sequential(
    nn.Embedding(ntoken, d_model),
    PositionalEncoding(d_model),
    nn.TransformerEncoder(nn.TransformerEncoderLayer(d_model, nhead, 200, 0.2), 2),
    nn.Linear(d_model, ntoken),
)
src = torch.randint(0, ntoken, (35, 4))   # (seq_len, batch)
print(model(src).shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(16, 32),
    nn.TransformerEncoderLayer(d_model=32, nhead=4, dim_feedforward=64),
    nn.Linear(32, 2),
)
seq = torch.randn(7, 16)           # (L, E) unbatched
print(model(seq).shape)

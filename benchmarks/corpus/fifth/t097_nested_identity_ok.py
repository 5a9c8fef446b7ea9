import torch
import torch.nn as nn


def mlp_block(d_in, d_out, use_bn=True, dropout=0.0):
    return nn.Sequential(
        nn.Linear(d_in, d_out),
        nn.BatchNorm1d(d_out) if use_bn else nn.Identity(),
        nn.ReLU(),
        nn.Dropout(dropout) if dropout > 0 else nn.Identity(),
    )


encoder = nn.Sequential(
    mlp_block(50, 128, dropout=0.1),
    mlp_block(128, 64, use_bn=False),
    nn.Sequential(mlp_block(64, 32), nn.Linear(32, 8)),
)

x = torch.randn(12, 50)
print(encoder(x).shape)

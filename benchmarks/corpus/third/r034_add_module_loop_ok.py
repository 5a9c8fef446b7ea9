import torch
import torch.nn as nn


def build_mlp(in_dim, hidden_dims, out_dim, dropout=0.1):
    model = nn.Sequential()
    prev = in_dim
    for i, h in enumerate(hidden_dims):
        model.add_module(f"fc{i}", nn.Linear(prev, h))
        model.add_module(f"act{i}", nn.SiLU())
        model.add_module(f"drop{i}", nn.Dropout(dropout))
        prev = h
    model.add_module("out", nn.Linear(prev, out_dim))
    return model


mlp = build_mlp(30, [128, 64, 32], 1)
x = torch.rand(50, 30)
print(mlp(x).shape)

# Pre-norm MLP blocks from a helper; hidden sizes list
import torch
import torch.nn as nn


def mlp_block(din, dout, p=0.1):
    return [nn.Linear(din, dout), nn.LayerNorm(din), nn.GELU(), nn.Dropout(p)]


dims = [64, 256, 128, 32]
layers = []
for a, b in zip(dims, dims[1:]):
    layers.extend(mlp_block(a, b))
layers.append(nn.Linear(dims[-1], 1))
model = nn.Sequential(*layers)

x = torch.randn(32, 64)
print(model(x).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
ffn = nn.Sequential(
    nn.Linear(32, 64),
    nn.LayerNorm(32),
    nn.GELU(),
    nn.Linear(64, 32),
)
x = torch.randn(2, 7, 32)
print(ffn(x).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
d_model = 32
ffn = nn.Sequential(
    nn.LayerNorm(d_model),
    nn.Linear(d_model, 4 * d_model),
    nn.GELU(),
    nn.Linear(4 * d_model, d_model),
    nn.Dropout(0.1),
)
x = torch.randn(2, 7, d_model)
print(ffn(x).shape)

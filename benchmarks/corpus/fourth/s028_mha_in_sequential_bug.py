# I wanted self-attention between two linear layers
import torch
import torch.nn as nn

embed_dim = 32
model = nn.Sequential(
    nn.Linear(16, embed_dim),
    nn.ReLU(),
    nn.MultiheadAttention(embed_dim, num_heads=4, batch_first=True),
    nn.Linear(embed_dim, 2),
)

x = torch.randn(8, 10, 16)
print(model(x).shape)

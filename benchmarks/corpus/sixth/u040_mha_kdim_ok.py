# Cross-attention with different key/value dims (kdim/vdim)
import torch
import torch.nn as nn

attn = nn.MultiheadAttention(embed_dim=64, num_heads=4, kdim=32, vdim=48, batch_first=True)
ffn = nn.Sequential(nn.LayerNorm(64), nn.Linear(64, 256), nn.GELU(), nn.Linear(256, 64))

q = torch.randn(2, 10, 64)
k = torch.randn(2, 20, 32)
v = torch.randn(2, 20, 48)
out, weights = attn(q, k, v)
out = out + ffn(out)
print(out.shape, weights.shape)

# Cross-attention from decoder queries (64-d) to encoder memory (32-d)
import torch
import torch.nn as nn


class CrossAttn(nn.Module):
    def __init__(self, q_dim=64, mem_dim=32, heads=4):
        super().__init__()
        self.attn = nn.MultiheadAttention(q_dim, heads, batch_first=True)
        self.norm = nn.LayerNorm(q_dim)

    def forward(self, q, memory):
        out, weights = self.attn(q, memory, memory)
        return self.norm(q + out), weights


layer = CrossAttn()
queries = torch.randn(2, 10, 64)
memory = torch.randn(2, 20, 32)
out, w = layer(queries, memory)
print(out.shape, w.shape)

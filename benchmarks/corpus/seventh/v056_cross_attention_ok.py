import torch
import torch.nn as nn


class CrossAttentionBlock(nn.Module):
    def __init__(self, dim=64, heads=4, dropout=0.0):
        super().__init__()
        self.norm_q = nn.LayerNorm(dim)
        self.norm_kv = nn.LayerNorm(dim)
        self.attn = nn.MultiheadAttention(dim, heads, dropout=dropout, batch_first=True)
        self.ff = nn.Sequential(nn.LayerNorm(dim), nn.Linear(dim, dim * 2), nn.GELU(), nn.Linear(dim * 2, dim))

    def forward(self, queries, context, context_mask=None):
        q = self.norm_q(queries)
        kv = self.norm_kv(context)
        attn_out, attn_w = self.attn(q, kv, kv, key_padding_mask=context_mask)
        x = queries + attn_out
        return x + self.ff(x), attn_w


block = CrossAttentionBlock()
latents = torch.randn(2, 8, 64)
tokens = torch.randn(2, 50, 64)
mask = torch.zeros(2, 50, dtype=torch.bool)
mask[1, 40:] = True
out, w = block(latents, tokens, mask)
print(out.shape, w.shape)

import torch
import torch.nn as nn


class AttentionBlock(nn.Module):
    def __init__(self, d_model=128, n_heads=8, ff_mult=4, dropout=0.1):
        super().__init__()
        self.norm1 = nn.LayerNorm(d_model)
        self.attn = nn.MultiheadAttention(d_model, n_heads, dropout=dropout, batch_first=True)
        self.norm2 = nn.LayerNorm(d_model)
        self.ff = nn.Sequential(
            nn.Linear(d_model, d_model * ff_mult),
            nn.GELU(),
            nn.Linear(d_model * ff_mult, d_model),
        )

    def forward(self, x, key_padding_mask=None):
        h = self.norm1(x)
        attn_out, attn_weights = self.attn(h, h, h, key_padding_mask=key_padding_mask)
        x = x + attn_out
        x = x + self.ff(self.norm2(x))
        return x, attn_weights


block = AttentionBlock(d_model=96, n_heads=6)
tokens = torch.randn(4, 20, 96)
pad = torch.zeros(4, 20, dtype=torch.bool)
pad[:, 15:] = True
out, weights = block(tokens, key_padding_mask=pad)
pooled = out.mean(dim=1)

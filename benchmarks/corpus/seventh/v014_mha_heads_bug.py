import torch
import torch.nn as nn


class SelfAttentionPooling(nn.Module):
    def __init__(self, feat_dim=100, num_heads=8):
        super().__init__()
        self.attn = nn.MultiheadAttention(feat_dim, num_heads, batch_first=True)
        self.query = nn.Parameter(torch.randn(1, 1, feat_dim))

    def forward(self, x):
        q = self.query.expand(x.size(0), -1, -1)
        pooled, weights = self.attn(q, x, x)
        return pooled.squeeze(1), weights


# 100-dim GloVe vectors for each token
glove_feats = torch.randn(6, 20, 100)
pool = SelfAttentionPooling()
vec, w = pool(glove_feats)
print(vec.shape, w.shape)

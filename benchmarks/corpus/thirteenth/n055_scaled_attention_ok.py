import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class SelfAttention(nn.Module):
    def __init__(self, embed_size, head_dim):
        super().__init__()
        self.query = nn.Linear(embed_size, head_dim, bias=False)
        self.key = nn.Linear(embed_size, head_dim, bias=False)
        self.value = nn.Linear(embed_size, head_dim, bias=False)
        self.proj = nn.Linear(head_dim, embed_size)
        self.scale = 1.0 / math.sqrt(head_dim)

    def forward(self, x):
        q = self.query(x)
        k = self.key(x)
        v = self.value(x)
        scores = torch.matmul(q, k.transpose(-2, -1)) * self.scale
        weights = F.softmax(scores, dim=-1)
        return self.proj(torch.matmul(weights, v))


class Block(nn.Module):
    def __init__(self, embed_size=64, head_dim=32):
        super().__init__()
        self.ln1 = nn.LayerNorm(embed_size)
        self.attn = SelfAttention(embed_size, head_dim)
        self.ln2 = nn.LayerNorm(embed_size)
        self.ff = nn.Sequential(nn.Linear(embed_size, 4 * embed_size), nn.GELU(), nn.Linear(4 * embed_size, embed_size))

    def forward(self, x):
        x = x + self.attn(self.ln1(x))
        return x + self.ff(self.ln2(x))


model = nn.Sequential(Block(), Block(), nn.LayerNorm(64), nn.Linear(64, 1))
x = torch.randn(8, 10, 64)
target = torch.randn(8, 10, 1)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(2):
    loss = F.mse_loss(model(x), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())

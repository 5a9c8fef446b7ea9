import torch
import torch.nn as nn


class SelfAttention(nn.Module):
    def __init__(self, dim, heads=4):
        super().__init__()
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm = nn.LayerNorm(dim)

    def forward(self, x):
        out, _ = self.attn(x, x, x)
        return self.norm(x + out)


class FeedForward(nn.Sequential):
    def __init__(self, dim, mult=4):
        super().__init__(nn.Linear(dim, dim * mult), nn.GELU(), nn.Linear(dim * mult, dim))


dim = 48
model = nn.Sequential(
    nn.Linear(10, dim),
    SelfAttention(dim),
    FeedForward(dim),
    SelfAttention(dim, heads=6),
    nn.Linear(dim, 1),
)

torch.manual_seed(0)
x = torch.randn(3, 25, 10)
print(model(x).shape)

import torch
import torch.nn as nn


class FeedForward(nn.Module):
    def __init__(self, dim, mult=4, dropout=0.0):
        super().__init__()
        self.net = nn.Sequential(
            nn.LayerNorm(dim),
            nn.Linear(dim, dim * mult),
            nn.GELU(),
            nn.Dropout(dropout),
            nn.Linear(dim * mult, dim),
        )

    def forward(self, x):
        return x + self.net(x)


class MLPMixerLike(nn.Module):
    def __init__(self, dim=48, depth=3, num_classes=10):
        super().__init__()
        self.blocks = nn.Sequential(*[FeedForward(dim) for _ in range(depth)])
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, num_classes)

    def forward(self, tokens):
        x = self.blocks(tokens)
        return self.head(self.norm(x).mean(1))


m = MLPMixerLike()
print(m(torch.randn(3, 16, 48)).shape)

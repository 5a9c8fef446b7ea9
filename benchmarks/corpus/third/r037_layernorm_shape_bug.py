import torch
import torch.nn as nn


class FeedForward(nn.Module):
    def __init__(self, dim, hidden_dim, dropout=0.0):
        super().__init__()
        self.net = nn.Sequential(
            nn.LayerNorm(dim),
            nn.Linear(dim, hidden_dim),
            nn.GELU(),
            nn.Dropout(dropout),
            nn.Linear(hidden_dim, dim),
            nn.Dropout(dropout),
        )

    def forward(self, x):
        return x + self.net(x)


class MLPMixerish(nn.Module):
    def __init__(self, patch_dim=48, dim=128, depth=2, n_classes=10):
        super().__init__()
        self.embed = nn.Linear(patch_dim, dim)
        self.blocks = nn.Sequential(*[FeedForward(dim, dim * 4) for _ in range(depth)])
        self.head = nn.Sequential(nn.LayerNorm(patch_dim), nn.Linear(dim, n_classes))

    def forward(self, patches):
        x = self.blocks(self.embed(patches))
        return self.head(x.mean(dim=1))


model = MLPMixerish()
patches = torch.randn(4, 64, 48)
print(model(patches).shape)

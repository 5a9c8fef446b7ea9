import torch
import torch.nn as nn


class PatchAttentionClassifier(nn.Module):
    def __init__(self, patch_dim=48, embed_dim=100, num_heads=8, num_classes=10):
        super().__init__()
        self.proj = nn.Linear(patch_dim, embed_dim)
        self.attn = nn.MultiheadAttention(embed_dim, num_heads)
        self.norm = nn.LayerNorm(embed_dim)
        self.cls = nn.Linear(embed_dim, num_classes)

    def forward(self, patches):
        x = self.proj(patches)
        x = x.transpose(0, 1)
        a, _ = self.attn(x, x, x)
        x = self.norm(x + a)
        return self.cls(x.mean(dim=0))


model = PatchAttentionClassifier()
patches = torch.randn(8, 64, 48)
logits = model(patches)

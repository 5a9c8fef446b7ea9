# Minimal Vision Transformer (patch embedding via strided conv + cls token)
import torch
import torch.nn as nn


class ViT(nn.Module):
    def __init__(self, img=32, patch=4, dim=96, depth=2, heads=3, n_classes=10):
        super().__init__()
        n_patches = (img // patch) ** 2
        self.patch_embed = nn.Conv2d(3, dim, kernel_size=patch, stride=patch)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, dim))
        self.pos_embed = nn.Parameter(torch.randn(1, n_patches + 1, dim) * 0.02)
        enc_layer = nn.TransformerEncoderLayer(dim, heads, dim * 4, activation="gelu",
                                               batch_first=True, norm_first=True)
        self.blocks = nn.TransformerEncoder(enc_layer, depth)
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_classes)

    def forward(self, x):
        x = self.patch_embed(x).flatten(2).transpose(1, 2)
        cls = self.cls_token.expand(x.shape[0], -1, -1)
        x = torch.cat([cls, x], dim=1) + self.pos_embed
        x = self.norm(self.blocks(x))
        return self.head(x[:, 0])


vit = ViT()
print(vit(torch.randn(2, 3, 32, 32)).shape)

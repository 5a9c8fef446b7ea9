import torch
import torch.nn as nn


class TinyViT(nn.Module):
    def __init__(self, img_size=32, patch=4, in_ch=3, dim=96, depth=2, heads=3, n_cls=10):
        super().__init__()
        self.patch_embed = nn.Conv2d(in_ch, dim, kernel_size=patch, stride=patch)
        n_patches = (img_size // patch) ** 2
        self.cls_token = nn.Parameter(torch.zeros(1, 1, dim))
        self.pos_embed = nn.Parameter(torch.zeros(1, n_patches + 1, dim))
        enc = nn.TransformerEncoderLayer(dim, heads, dim * 2, batch_first=True, norm_first=True)
        self.blocks = nn.TransformerEncoder(enc, depth)
        self.head = nn.Sequential(nn.LayerNorm(dim), nn.Linear(dim, n_cls))

    def forward(self, x):
        x = self.patch_embed(x).flatten(2).transpose(1, 2)
        cls = self.cls_token.expand(x.shape[0], -1, -1)
        x = torch.cat([cls, x], dim=1) + self.pos_embed
        x = self.blocks(x)
        return self.head(x[:, 0])


vit = TinyViT()
print(vit(torch.randn(2, 3, 32, 32)).shape)

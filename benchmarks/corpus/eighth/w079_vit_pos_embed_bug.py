import torch
import torch.nn as nn
from collections import OrderedDict


class SimpleViT(nn.Module):
    def __init__(self, image_size=64, patch=8, dim=128, depth=2, heads=8, num_classes=100):
        super().__init__()
        num_patches = (image_size // patch) ** 2
        self.to_patch = nn.Sequential(OrderedDict([
            ("proj", nn.Conv2d(3, dim, patch, stride=patch)),
            ("flatten", nn.Flatten(2)),
        ]))
        self.cls_token = nn.Parameter(torch.randn(1, 1, dim))
        self.pos_embedding = nn.Parameter(torch.randn(1, num_patches, dim))
        self.transformer = nn.TransformerEncoder(
            nn.TransformerEncoderLayer(dim, heads, dim * 4, batch_first=True), depth)
        self.mlp_head = nn.Sequential(nn.LayerNorm(dim), nn.Linear(dim, num_classes))

    def forward(self, img):
        x = self.to_patch(img).transpose(1, 2)
        b = x.shape[0]
        x = torch.cat([self.cls_token.repeat(b, 1, 1), x], dim=1)
        x = x + self.pos_embedding
        x = self.transformer(x)
        return self.mlp_head(x[:, 0])


vit = SimpleViT()
print(vit(torch.randn(2, 3, 64, 64)).shape)

import torch
import torch.nn as nn


class SimpleViT(nn.Module):
    def __init__(self, image_size=28, patch_size=7, channels=1, dim=32, num_classes=10):
        super().__init__()
        num_patches = (image_size // patch_size) ** 2
        patch_dim = channels * patch_size * patch_size
        self.patch_size = patch_size
        self.to_embedding = nn.Linear(patch_dim, dim)
        self.cls_token = nn.Parameter(torch.randn(1, 1, dim))
        self.pos_embedding = nn.Parameter(torch.randn(1, num_patches, dim))
        self.encoder = nn.TransformerEncoder(
            nn.TransformerEncoderLayer(dim, nhead=4, dim_feedforward=64, batch_first=True), num_layers=1)
        self.mlp_head = nn.Sequential(nn.LayerNorm(dim), nn.Linear(dim, num_classes))

    def forward(self, img):
        p = self.patch_size
        b, c, h, w = img.shape
        patches = img.unfold(2, p, p).unfold(3, p, p)
        patches = patches.permute(0, 2, 3, 1, 4, 5).reshape(b, -1, c * p * p)
        x = self.to_embedding(patches)
        cls = self.cls_token.repeat(b, 1, 1)
        x = torch.cat([cls, x], dim=1)
        x = x + self.pos_embedding
        x = self.encoder(x)
        return self.mlp_head(x[:, 0])


model = SimpleViT()
out = model(torch.randn(3, 1, 28, 28))
print(out.shape)

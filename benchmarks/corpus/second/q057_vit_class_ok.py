import torch
import torch.nn as nn

class TinyViT(nn.Module):
    def __init__(self, embed=48, depth=2, n_cls=10):
        super().__init__()
        self.patch = nn.Sequential(nn.Conv2d(3, embed, 8, 8), nn.Flatten(2))
        self.cls = nn.Parameter(torch.zeros(1, 1, embed))
        self.pos = nn.Parameter(torch.zeros(1, 17, embed))
        layer = nn.TransformerEncoderLayer(embed, 4, 96, batch_first=True, norm_first=True)
        self.encoder = nn.TransformerEncoder(layer, depth)
        self.head = nn.Sequential(nn.LayerNorm(embed), nn.Linear(embed, n_cls))

    def forward(self, x):
        x = self.patch(x).transpose(1, 2)
        x = torch.cat([self.cls.expand(x.size(0), -1, -1), x], dim=1) + self.pos
        x = self.encoder(x)
        return self.head(x[:, 0])

print(TinyViT()(torch.randn(2, 3, 32, 32)).shape)

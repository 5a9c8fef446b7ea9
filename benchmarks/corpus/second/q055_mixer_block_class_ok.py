import torch
import torch.nn as nn

class MixerBlock(nn.Module):
    def __init__(self, tokens=16, dim=24, expansion=2):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.token_mlp = nn.Sequential(nn.Linear(tokens, tokens * expansion), nn.GELU(),
                                       nn.Linear(tokens * expansion, tokens))
        self.norm2 = nn.LayerNorm(dim)
        self.channel_mlp = nn.Sequential(nn.Linear(dim, dim * expansion), nn.GELU(),
                                         nn.Linear(dim * expansion, dim))

    def forward(self, x):                       # (N, tokens, dim)
        x = x + self.token_mlp(self.norm1(x).transpose(1, 2)).transpose(1, 2)
        x = x + self.channel_mlp(self.norm2(x))
        return x

blocks = nn.Sequential(*[MixerBlock() for _ in range(3)])
print(blocks(torch.randn(2, 16, 24)).shape)

import torch
import torch.nn as nn
import torch.nn.functional as F


class ResBlockGN(nn.Module):
    """Diffusion-model style residual block with GroupNorm and a time embedding."""

    def __init__(self, in_ch, out_ch, time_dim, groups=8):
        super().__init__()
        self.norm1 = nn.GroupNorm(groups, in_ch)
        self.conv1 = nn.Conv2d(in_ch, out_ch, 3, padding=1)
        self.time_proj = nn.Linear(time_dim, out_ch)
        self.norm2 = nn.GroupNorm(groups, out_ch)
        self.conv2 = nn.Conv2d(out_ch, out_ch, 3, padding=1)
        self.skip = nn.Conv2d(in_ch, out_ch, 1) if in_ch != out_ch else nn.Identity()

    def forward(self, x, t_emb):
        h = self.conv1(F.silu(self.norm1(x)))
        h = h + self.time_proj(F.silu(t_emb))[:, :, None, None]
        h = self.conv2(F.silu(self.norm2(h)))
        return h + self.skip(x)


def timestep_embedding(t, dim):
    half = dim // 2
    freqs = torch.exp(-torch.arange(half, dtype=torch.float32) * (torch.log(torch.tensor(10000.0)) / half))
    args = t[:, None].float() * freqs[None]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=-1)


blocks = nn.ModuleList([ResBlockGN(32, 64, 128), ResBlockGN(64, 64, 128), ResBlockGN(64, 128, 128)])
x = torch.randn(4, 32, 16, 16)
t = torch.tensor([1, 10, 100, 500])
temb = timestep_embedding(t, 128)
for blk in blocks:
    x = blk(x, temb)
print(x.shape)

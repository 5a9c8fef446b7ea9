import math

import torch
import torch.nn as nn
import torch.nn.functional as F

# tiny DDPM-style noise predictor
BASE_CH = 64
CH_MULT = (1, 2)
NUM_GROUPS = 32
TIME_DIM = 128
T_STEPS = 1000
BATCH = 4
IMG = 16


def timestep_embedding(t, dim):
    half = dim // 2
    freqs = torch.exp(-math.log(10000) * torch.arange(half, dtype=torch.float32) / half)
    args = t[:, None].float() * freqs[None]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=-1)


class ResBlock(nn.Module):
    def __init__(self, in_ch, out_ch, time_dim):
        super().__init__()
        self.conv1 = nn.Conv2d(in_ch, out_ch, 3, padding=1)
        self.conv2 = nn.Conv2d(out_ch, out_ch, 3, padding=1)
        self.time_proj = nn.Linear(time_dim, out_ch)
        self.skip = nn.Conv2d(in_ch, out_ch, 1) if in_ch != out_ch else nn.Identity()

    def forward(self, x, temb):
        h = self.conv1(F.silu(F.group_norm(x, NUM_GROUPS)))
        h = h + self.time_proj(F.silu(temb))[:, :, None, None]
        h = self.conv2(F.silu(F.group_norm(h, NUM_GROUPS)))
        return h + self.skip(x)


class TinyUNet(nn.Module):
    def __init__(self, in_ch=3, base_ch=BASE_CH, ch_mult=CH_MULT, time_dim=TIME_DIM):
        super().__init__()
        self.time_mlp = nn.Sequential(nn.Linear(time_dim, time_dim), nn.SiLU(), nn.Linear(time_dim, time_dim))
        self.conv_in = nn.Conv2d(in_ch, base_ch, 3, padding=1)
        chs = [base_ch * m for m in ch_mult]
        self.down, self.up = nn.ModuleList(), nn.ModuleList()
        prev = base_ch
        for ch in chs:
            self.down.append(ResBlock(prev, ch, time_dim))
            prev = ch
        for ch in reversed(chs):
            self.up.append(ResBlock(prev, ch, time_dim))
            prev = ch
        self.conv_out = nn.Conv2d(prev, in_ch, 3, padding=1)

    def forward(self, x, t):
        temb = self.time_mlp(timestep_embedding(t, TIME_DIM))
        h = self.conv_in(x)
        for block in self.down:
            h = F.avg_pool2d(block(h, temb), 2)
        for block in self.up:
            h = block(F.interpolate(h, scale_factor=2, mode="nearest"), temb)
        return self.conv_out(F.silu(h))


betas = torch.linspace(1e-4, 0.02, T_STEPS)
alphas_cumprod = torch.cumprod(1.0 - betas, dim=0)

model = TinyUNet()
optimizer = torch.optim.Adam(model.parameters(), lr=2e-4)

x0 = torch.rand(BATCH, 3, IMG, IMG) * 2 - 1
t = torch.randint(0, T_STEPS, (BATCH,))
noise = torch.randn_like(x0)
a_bar = alphas_cumprod[t].view(-1, 1, 1, 1)
x_t = a_bar.sqrt() * x0 + (1 - a_bar).sqrt() * noise

pred_noise = model(x_t, t)
loss = F.mse_loss(pred_noise, noise)
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(f"diffusion loss: {loss.item():.4f}")

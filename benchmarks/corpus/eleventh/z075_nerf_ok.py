from types import SimpleNamespace

import torch
import torch.nn as nn
import torch.nn.functional as F

args = SimpleNamespace(netdepth=4, netwidth=128, multires=6, N_samples=32, N_rand=256,
                       near=2.0, far=6.0, lrate=5e-4)
torch.manual_seed(0)


class Embedder:
    def __init__(self, multires, include_input=True):
        self.freq_bands = 2. ** torch.linspace(0., multires - 1, steps=multires)
        self.include_input = include_input
        self.out_dim = (3 if include_input else 0) + 3 * 2 * multires

    def __call__(self, x):
        out = [x] if self.include_input else []
        for freq in self.freq_bands:
            out += [torch.sin(x * freq), torch.cos(x * freq)]
        return torch.cat(out, -1)


class NeRF(nn.Module):
    def __init__(self, D=8, W=256, input_ch=3, output_ch=4, skips=[4]):
        super(NeRF, self).__init__()
        self.skips = skips
        self.pts_linears = nn.ModuleList(
            [nn.Linear(input_ch, W)] +
            [nn.Linear(W, W) if i not in self.skips else nn.Linear(W + input_ch, W) for i in range(D - 1)])
        self.output_linear = nn.Linear(W, output_ch)

    def forward(self, x):
        h = x
        for i, l in enumerate(self.pts_linears):
            h = F.relu(l(h))
            if i in self.skips:
                h = torch.cat([x, h], -1)
        return self.output_linear(h)


def raw2outputs(raw, z_vals, rays_d):
    rgb = torch.sigmoid(raw[..., :3])
    sigma = F.relu(raw[..., 3])
    dists = z_vals[..., 1:] - z_vals[..., :-1]
    dists = torch.cat([dists, torch.full_like(dists[..., :1], 1e10)], -1)   # [N_rays, N_samples]
    dists = dists * torch.norm(rays_d[..., None, :], dim=-1)
    alpha = 1. - torch.exp(-sigma * dists)
    trans = torch.cumprod(torch.cat([torch.ones((alpha.shape[0], 1)), 1. - alpha + 1e-10], -1), -1)[:, :-1]
    weights = alpha * trans
    rgb_map = torch.sum(weights[..., None] * rgb, -2)
    depth_map = torch.sum(weights * z_vals, -1)
    return rgb_map, depth_map


embed_fn = Embedder(args.multires)
model = NeRF(D=args.netdepth, W=args.netwidth, input_ch=embed_fn.out_dim, skips=[2])
optimizer = torch.optim.Adam(model.parameters(), lr=args.lrate, betas=(0.9, 0.999))

# a random batch of rays
rays_o = torch.randn(args.N_rand, 3) * 0.1
rays_d = F.normalize(torch.randn(args.N_rand, 3), dim=-1)
target_rgb = torch.rand(args.N_rand, 3)

t_vals = torch.linspace(0., 1., steps=args.N_samples)
z_vals = (args.near * (1. - t_vals) + args.far * t_vals).expand(args.N_rand, args.N_samples)
pts = rays_o[..., None, :] + rays_d[..., None, :] * z_vals[..., :, None]   # [N_rays, N_samples, 3]

raw = model(embed_fn(pts.reshape(-1, 3))).reshape(args.N_rand, args.N_samples, 4)
rgb_map, depth_map = raw2outputs(raw, z_vals, rays_d)
loss = F.mse_loss(rgb_map, target_rgb)
optimizer.zero_grad()
loss.backward()
optimizer.step()
psnr = -10. * torch.log10(loss)
print(f"loss {loss.item():.5f}  psnr {psnr.item():.2f}  depth mean {depth_map.mean().item():.2f}")

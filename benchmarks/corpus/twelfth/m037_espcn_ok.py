import torch
import torch.nn as nn
import torch.nn.functional as F

UPSCALE = 3

# ESPCN-style super-resolution net on the Y channel
model = nn.Sequential(
    nn.Conv2d(1, 64, kernel_size=5, padding=2),
    nn.Tanh(),
    nn.Conv2d(64, 32, kernel_size=3, padding=1),
    nn.Tanh(),
    nn.Conv2d(32, 1 * UPSCALE ** 2, kernel_size=3, padding=1),
    nn.PixelShuffle(UPSCALE),
)

hr = torch.rand(4, 1, 96, 96)
lr_img = F.interpolate(hr, scale_factor=1 / UPSCALE, mode="bicubic", align_corners=False)

opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(2):
    sr = model(lr_img)
    loss = F.mse_loss(sr, hr)
    opt.zero_grad()
    loss.backward()
    opt.step()
psnr = 10 * torch.log10(1.0 / loss.detach())
print(sr.shape, f"psnr {psnr.item():.2f}")

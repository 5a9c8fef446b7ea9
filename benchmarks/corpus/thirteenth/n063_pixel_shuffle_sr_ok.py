import torch
import torch.nn as nn
import torch.nn.functional as F


class ESPCN(nn.Module):
    def __init__(self, upscale_factor=2, channels=3):
        super().__init__()
        self.feature_maps = nn.Sequential(
            nn.Conv2d(channels, 64, kernel_size=5, padding=2),
            nn.Tanh(),
            nn.Conv2d(64, 32, kernel_size=3, padding=1),
            nn.Tanh(),
        )
        self.sub_pixel = nn.Sequential(
            nn.Conv2d(32, channels * upscale_factor ** 2, kernel_size=3, padding=1),
            nn.PixelShuffle(upscale_factor),
        )

    def forward(self, x):
        return torch.sigmoid(self.sub_pixel(self.feature_maps(x)))


def make_pairs(n=8, hr_size=48, scale=2):
    hr = torch.rand(n, 3, hr_size, hr_size)
    lr = F.interpolate(hr, scale_factor=1 / scale, mode="bicubic", align_corners=False).clamp(0, 1)
    return lr, hr


lr_imgs, hr_imgs = make_pairs()
model = ESPCN(upscale_factor=2)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(2):
    sr = model(lr_imgs)
    loss = F.mse_loss(sr, hr_imgs)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    psnr = 10 * torch.log10(1 / loss.detach())
    print(it, sr.shape, round(psnr.item(), 2))

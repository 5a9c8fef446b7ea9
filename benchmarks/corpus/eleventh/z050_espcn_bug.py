import math

import torch
import torch.nn as nn
import torch.nn.functional as F

UPSCALE_FACTOR = 3
LR_SIZE = 32
BATCH = 4
LEARNING_RATE = 1e-3


class ESPCN(nn.Module):
    def __init__(self, upscale_factor, num_channels=1):
        super(ESPCN, self).__init__()
        self.conv1 = nn.Conv2d(num_channels, 64, kernel_size=5, padding=2)
        self.conv2 = nn.Conv2d(64, 32, kernel_size=3, padding=1)
        self.conv3 = nn.Conv2d(32, num_channels * upscale_factor * 2, kernel_size=3, padding=1)
        self.pixel_shuffle = nn.PixelShuffle(upscale_factor)

    def forward(self, x):
        x = torch.tanh(self.conv1(x))
        x = torch.tanh(self.conv2(x))
        x = self.pixel_shuffle(self.conv3(x))
        return x


def psnr(sr, hr):
    mse = F.mse_loss(sr, hr).item()
    return 10 * math.log10(1.0 / mse)


model = ESPCN(upscale_factor=UPSCALE_FACTOR)
optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
criterion = nn.MSELoss()

# Y channel of high-res patches; low-res inputs made by bicubic downsampling
hr = torch.rand(BATCH, 1, LR_SIZE * UPSCALE_FACTOR, LR_SIZE * UPSCALE_FACTOR)
lr = F.interpolate(hr, size=(LR_SIZE, LR_SIZE), mode='bicubic', align_corners=False).clamp(0, 1)

model.train()
for it in range(2):
    sr = model(lr)
    loss = criterion(sr, hr)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

model.eval()
with torch.no_grad():
    sr = model(lr).clamp(0.0, 1.0)
print(f"SR shape {tuple(sr.shape)}, PSNR {psnr(sr, hr):.2f} dB")

import torch
import torch.nn as nn


class Stem(nn.Module):
    def __init__(self, in_ch=3, out_ch=32, img_size=32):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, kernel_size=3, stride=2, padding=1)
        self.norm = nn.LayerNorm([out_ch, img_size, img_size])
        self.act = nn.GELU()

    def forward(self, x):
        return self.act(self.norm(self.conv(x)))


stem = Stem()
x = torch.randn(4, 3, 32, 32)
print(stem(x).shape)

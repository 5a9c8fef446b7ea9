# Image-to-image net on 16x16 icons: bottleneck uses a 5x5 reflection-padded conv
import torch
import torch.nn as nn

down = [nn.Conv2d(3, 32, 3, padding=1), nn.ReLU()]
ch = 32
for _ in range(3):
    down += [nn.Conv2d(ch, ch * 2, 4, stride=2, padding=1), nn.ReLU()]
    ch *= 2

bottleneck = [nn.ReflectionPad2d(2), nn.Conv2d(ch, ch, 5), nn.ReLU()]

up = []
for _ in range(3):
    up += [nn.ConvTranspose2d(ch, ch // 2, 4, stride=2, padding=1), nn.ReLU()]
    ch //= 2
up += [nn.Conv2d(ch, 3, 3, padding=1), nn.Tanh()]

model = nn.Sequential(*down, *bottleneck, *up)
icons = torch.randn(4, 3, 16, 16)
print(model(icons).shape)

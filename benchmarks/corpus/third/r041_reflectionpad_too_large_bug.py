import torch
import torch.nn as nn


def disc_block(cin, cout, stride=2):
    return nn.Sequential(
        nn.ReflectionPad2d(1),
        nn.Conv2d(cin, cout, 4, stride=stride),
        nn.LeakyReLU(0.2),
    )


# PatchGAN-style critic, run on 16x16 thumbnails
model = nn.Sequential(
    disc_block(3, 64),
    disc_block(64, 128),
    disc_block(128, 256),
    disc_block(256, 512, stride=1),
    nn.ReflectionPad2d(3),
    nn.Conv2d(512, 1, 7),
)
x = torch.randn(4, 3, 16, 16)
print(model(x).shape)

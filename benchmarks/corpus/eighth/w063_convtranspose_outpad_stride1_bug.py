import torch
import torch.nn as nn


def up_block(in_ch, out_ch, stride):
    return nn.Sequential(
        nn.ConvTranspose2d(in_ch, out_ch, kernel_size=3, stride=stride, padding=1, output_padding=1),
        nn.BatchNorm2d(out_ch),
        nn.ReLU(inplace=True),
    )


generator = nn.Sequential(
    up_block(256, 128, stride=2),
    up_block(128, 64, stride=2),
    up_block(64, 64, stride=1),
    nn.Conv2d(64, 3, kernel_size=3, padding=1),
    nn.Tanh(),
)

z = torch.randn(4, 256, 8, 8)
imgs = generator(z)
print(imgs.shape)

import torch
import torch.nn as nn


class UpsampleBlock(nn.Module):
    def __init__(self, channels, scale):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels * 4, 3, padding=1)
        self.shuffle = nn.PixelShuffle(scale)
        self.act = nn.PReLU()

    def forward(self, x):
        return self.act(self.shuffle(self.conv(x)))


class SRNet(nn.Module):
    def __init__(self, scale=3, n_feats=32):
        super().__init__()
        self.head = nn.Conv2d(3, n_feats, 9, padding=4)
        self.body = nn.Sequential(*[nn.Sequential(nn.Conv2d(n_feats, n_feats, 3, padding=1), nn.PReLU())
                                    for _ in range(4)])
        self.up = UpsampleBlock(n_feats, scale)
        self.tail = nn.Conv2d(n_feats, 3, 9, padding=4)

    def forward(self, x):
        x = self.head(x)
        x = x + self.body(x)
        return self.tail(self.up(x))


net = SRNet(scale=3)
lr = torch.rand(2, 3, 24, 24)
print(net(lr).shape)

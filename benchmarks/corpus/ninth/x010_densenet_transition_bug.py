import torch
import torch.nn as nn


def conv_block(in_ch, growth):
    return nn.Sequential(
        nn.BatchNorm2d(in_ch),
        nn.ReLU(inplace=True),
        nn.Conv2d(in_ch, growth, kernel_size=3, padding=1, bias=False),
    )


class DenseBlock(nn.Module):
    def __init__(self, num_convs, in_ch, growth):
        super().__init__()
        self.net = nn.ModuleList([conv_block(in_ch + i * growth, growth) for i in range(num_convs)])

    def forward(self, x):
        for blk in self.net:
            y = blk(x)
            x = torch.cat((x, y), dim=1)
        return x


num_convs, in_ch, growth = 4, 64, 32
out_ch = in_ch + (num_convs - 1) * growth

net = nn.Sequential(
    nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3),
    nn.BatchNorm2d(64),
    nn.ReLU(),
    DenseBlock(num_convs, in_ch, growth),
    nn.BatchNorm2d(out_ch),
    nn.ReLU(),
    nn.Conv2d(out_ch, out_ch // 2, kernel_size=1),
    nn.AvgPool2d(kernel_size=2, stride=2),
    nn.AdaptiveAvgPool2d((1, 1)),
    nn.Flatten(),
    nn.Linear(out_ch // 2, 10),
)

X = torch.rand(2, 1, 96, 96)
print(net(X).shape)

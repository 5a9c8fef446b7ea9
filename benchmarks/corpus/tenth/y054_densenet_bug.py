import torch
import torch.nn as nn


class DenseUnit(nn.Module):
    def __init__(self, in_ch, growth):
        super().__init__()
        self.bn = nn.BatchNorm2d(in_ch)
        self.conv = nn.Conv2d(in_ch, growth, 3, padding=1, bias=False)

    def forward(self, x):
        return torch.cat([x, self.conv(torch.relu(self.bn(x)))], dim=1)


class TinyDenseNet(nn.Module):
    def __init__(self, growth=16, units=5, init_ch=32, num_classes=10):
        super().__init__()
        self.stem = nn.Conv2d(3, init_ch, 3, padding=1, bias=False)
        block = []
        ch = init_ch
        for i in range(units):
            block.append(DenseUnit(ch, growth))
            ch = init_ch + i * growth
        self.block = nn.Sequential(*block)
        self.trans = nn.Sequential(
            nn.BatchNorm2d(ch),
            nn.Conv2d(ch, ch // 2, 1, bias=False),
            nn.AvgPool2d(2),
        )
        self.head = nn.Linear(ch // 2, num_classes)

    def forward(self, x):
        x = self.trans(self.block(self.stem(x)))
        x = x.mean(dim=(2, 3))
        return self.head(x)


net = TinyDenseNet(growth=12, units=4)
logits = net(torch.randn(3, 3, 32, 32))

import torch
import torch.nn as nn
import torch.nn.functional as F


class DenseLayer(nn.Module):
    def __init__(self, in_ch, growth_rate, bn_size=4):
        super().__init__()
        self.bn1 = nn.BatchNorm2d(in_ch)
        self.conv1 = nn.Conv2d(in_ch, bn_size * growth_rate, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(bn_size * growth_rate)
        self.conv2 = nn.Conv2d(bn_size * growth_rate, growth_rate, 3, padding=1, bias=False)

    def forward(self, x):
        out = self.conv1(F.relu(self.bn1(x)))
        out = self.conv2(F.relu(self.bn2(out)))
        return torch.cat([x, out], 1)


def transition(in_ch, out_ch):
    return nn.Sequential(nn.BatchNorm2d(in_ch), nn.ReLU(), nn.Conv2d(in_ch, out_ch, 1, bias=False), nn.AvgPool2d(2))


class MiniDenseNet(nn.Module):
    def __init__(self, growth_rate=12, block_layers=(4, 4), num_classes=10):
        super().__init__()
        ch = 2 * growth_rate
        self.conv0 = nn.Conv2d(3, ch, 3, padding=1, bias=False)
        stages = []
        for i, n in enumerate(block_layers):
            for _ in range(n):
                stages.append(DenseLayer(ch, growth_rate))
                ch += growth_rate
            if i != len(block_layers) - 1:
                stages.append(transition(ch, ch // 2))
                ch = ch // 2
        self.features = nn.Sequential(*stages)
        self.norm = nn.BatchNorm2d(ch)
        self.classifier = nn.Linear(ch, num_classes)

    def forward(self, x):
        x = self.features(self.conv0(x))
        x = F.relu(self.norm(x))
        x = F.adaptive_avg_pool2d(x, (1, 1)).flatten(1)
        return self.classifier(x)


model = MiniDenseNet()
print(model(torch.randn(2, 3, 32, 32)).shape)

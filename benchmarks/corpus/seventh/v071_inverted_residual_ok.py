import torch
import torch.nn as nn


class InvertedResidual(nn.Module):
    def __init__(self, inp, oup, stride, expand_ratio):
        super().__init__()
        hidden_dim = int(round(inp * expand_ratio))
        self.use_res_connect = stride == 1 and inp == oup
        layers = []
        if expand_ratio != 1:
            layers += [nn.Conv2d(inp, hidden_dim, 1, bias=False), nn.BatchNorm2d(hidden_dim), nn.ReLU6(inplace=True)]
        layers += [
            nn.Conv2d(hidden_dim, hidden_dim, 3, stride, 1, groups=hidden_dim, bias=False),
            nn.BatchNorm2d(hidden_dim),
            nn.ReLU6(inplace=True),
            nn.Conv2d(hidden_dim, oup, 1, bias=False),
            nn.BatchNorm2d(oup),
        ]
        self.conv = nn.Sequential(*layers)

    def forward(self, x):
        if self.use_res_connect:
            return x + self.conv(x)
        return self.conv(x)


settings = [(1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 2, 2)]  # t, c, n, s
features = [nn.Sequential(nn.Conv2d(3, 32, 3, 2, 1, bias=False), nn.BatchNorm2d(32), nn.ReLU6(inplace=True))]
input_channel = 32
for t, c, n, s in settings:
    for i in range(n):
        features.append(InvertedResidual(input_channel, c, s if i == 0 else 1, expand_ratio=t))
        input_channel = c
features = nn.Sequential(*features)
classifier = nn.Sequential(nn.Dropout(0.2), nn.Linear(input_channel, 10))

x = features(torch.randn(2, 3, 64, 64))
x = nn.functional.adaptive_avg_pool2d(x, 1).reshape(x.shape[0], -1)
print(classifier(x).shape)

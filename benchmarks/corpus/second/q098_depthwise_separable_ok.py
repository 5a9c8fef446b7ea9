import torch
import torch.nn as nn

def dw_sep(cin, cout, stride=1):
    return nn.Sequential(
        nn.Conv2d(cin, cin, 3, stride, 1, groups=cin, bias=False),
        nn.BatchNorm2d(cin), nn.ReLU6(inplace=True),
        nn.Conv2d(cin, cout, 1, bias=False),
        nn.BatchNorm2d(cout), nn.ReLU6(inplace=True),
    )

net = nn.Sequential(
    nn.Conv2d(3, 16, 3, 2, 1), nn.ReLU6(),
    dw_sep(16, 32), dw_sep(32, 64, 2), dw_sep(64, 64),
    nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(0.2), nn.Linear(64, 10),
)
print(net(torch.randn(2, 3, 64, 64)).shape)

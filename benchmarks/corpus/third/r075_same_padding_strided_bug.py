import torch
import torch.nn as nn


def conv_block(cin, cout, stride=1):
    return nn.Sequential(
        nn.Conv2d(cin, cout, kernel_size=3, stride=stride, padding='same'),
        nn.BatchNorm2d(cout),
        nn.ReLU(),
    )


model = nn.Sequential(
    conv_block(3, 32),
    conv_block(32, 64, stride=2),
    conv_block(64, 64),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(64, 10),
)
print(model(torch.randn(2, 3, 32, 32)).shape)

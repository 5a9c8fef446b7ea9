import torch
import torch.nn as nn


def conv_block(cin, cout, pool=(2, 2)):
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, padding=1),
        nn.BatchNorm2d(cout),
        nn.ReLU(),
        nn.MaxPool2d(pool),
    )


model = nn.Sequential()
cin = 1
for i, w in enumerate((16, 32, 64, 128)):
    model.add_module(f"block{i}", conv_block(cin, w))
    cin = w
model.add_module("gap", nn.AdaptiveAvgPool2d((1, 1)))
model.add_module("flatten", nn.Flatten())
model.add_module("dropout", nn.Dropout(0.3))
model.add_module("fc", nn.Linear(cin, 12))

spec = torch.randn(8, 1, 64, 101)
out = model(spec)

from collections import OrderedDict

import torch
import torch.nn as nn

model = nn.Sequential(OrderedDict([
    ('conv1', nn.Conv2d(3, 16, kernel_size=3, padding=1)),
    ('bn1', nn.BatchNorm2d(16)),
    ('relu1', nn.ReLU()),
    ('pool1', nn.MaxPool2d(2)),
    ('conv2', nn.Conv2d(16, 32, kernel_size=3, padding=1)),
    ('bn2', nn.BatchNorm2d(32)),
    ('relu2', nn.ReLU()),
    ('pool2', nn.MaxPool2d(2)),
    ('flatten', nn.Flatten()),
    ('fc1', nn.Linear(32 * 16 * 16, 128)),
    ('relu3', nn.ReLU()),
    ('fc2', nn.Linear(128, 10)),
]))

x = torch.randn(4, 3, 64, 64)
print(model(x).shape)
feats = model[:8](x)
print(feats.shape)

from collections import OrderedDict

import torch
import torch.nn as nn

features = nn.Sequential(OrderedDict([
    ("conv1", nn.Conv2d(3, 32, kernel_size=3, padding=1)),
    ("norm1", nn.BatchNorm2d(32)),
    ("relu1", nn.ReLU(inplace=True)),
    ("pool1", nn.MaxPool2d(2)),
    ("conv2", nn.Conv2d(32, 64, kernel_size=3, padding=1)),
    ("norm2", nn.BatchNorm2d(32)),
    ("relu2", nn.ReLU(inplace=True)),
    ("pool2", nn.MaxPool2d(2)),
]))

x = torch.randn(8, 3, 64, 64)
feat = features(x)
print(feat.shape)

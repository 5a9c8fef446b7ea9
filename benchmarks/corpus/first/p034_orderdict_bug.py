from collections import OrderedDict
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(OrderedDict([
    ('conv1', nn.Conv2d(1, 20, 5)),
    ('relu1', nn.ReLU()),
    ('conv2', nn.Conv2d(20, 64, 5)),
    ('relu2', nn.ReLU()),
    ('pool', nn.AdaptiveAvgPool2d(1)),
    ('flat', nn.Flatten()),
    ('fc', nn.Linear(20, 10)),
]))
x = torch.randn(2, 1, 28, 28)
print(model(x).shape)

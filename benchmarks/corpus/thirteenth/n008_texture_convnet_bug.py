from collections import OrderedDict

import torch
import torch.nn as nn

NUM_CLASSES = 47  # DTD-like texture classes

features = nn.Sequential(OrderedDict([
    ("conv1", nn.Conv2d(3, 32, kernel_size=3, padding=1)),
    ("bn1", nn.BatchNorm2d(32)),
    ("relu1", nn.ReLU(inplace=True)),
    ("pool1", nn.MaxPool2d(2)),
    ("conv2", nn.Conv2d(32, 64, kernel_size=3, padding=1)),
    ("bn2", nn.BatchNorm2d(64)),
    ("relu2", nn.ReLU(inplace=True)),
    ("pool2", nn.MaxPool2d(2)),
    ("conv3", nn.Conv2d(32, 128, kernel_size=3, padding=1)),
    ("bn3", nn.BatchNorm2d(128)),
    ("relu3", nn.ReLU(inplace=True)),
    ("gap", nn.AdaptiveAvgPool2d(1)),
]))

model = nn.Sequential(features, nn.Flatten(), nn.Linear(128, NUM_CLASSES))

x = torch.randn(8, 3, 64, 64)
target = torch.randint(0, NUM_CLASSES, (8,))
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)

logits = model(x)
loss = nn.functional.cross_entropy(logits, target)
opt.zero_grad()
loss.backward()
opt.step()
print(logits.shape, loss.item())

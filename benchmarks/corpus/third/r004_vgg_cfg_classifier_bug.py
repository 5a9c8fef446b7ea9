import torch
from torch import nn

cfg = [32, 'M', 64, 'M', 128, 128, 'M', 256, 256, 'M', 256, 256, 'M']


def make_layers(cfg, batch_norm=False):
    layers = []
    in_channels = 3
    for v in cfg:
        if v == 'M':
            layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
        else:
            conv2d = nn.Conv2d(in_channels, v, kernel_size=3, padding=1)
            if batch_norm:
                layers += [conv2d, nn.BatchNorm2d(v), nn.ReLU(inplace=True)]
            else:
                layers += [conv2d, nn.ReLU(inplace=True)]
            in_channels = v
    return nn.Sequential(*layers)


classifier = nn.Sequential(
    nn.Linear(256 * 7 * 7, 256),
    nn.ReLU(True),
    nn.Dropout(),
    nn.Linear(256, 256),
    nn.ReLU(True),
    nn.Dropout(),
    nn.Linear(256, 10),
)
model = nn.Sequential(make_layers(cfg, batch_norm=True), nn.Flatten(), classifier)

# CIFAR-10 batch
x = torch.rand(8, 3, 32, 32)
print(model(x).shape)

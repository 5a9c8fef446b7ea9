# VGG built from a cfg list; ImageNet cfg reused for 32x32 CIFAR images
import torch
import torch.nn as nn

cfg = [64, 'M', 128, 'M', 256, 256, 'M', 512, 'M', 512, 'M', 512, 'M']


def make_layers(cfg, in_channels=3, batch_norm=True):
    layers = []
    for v in cfg:
        if v == 'M':
            layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
        else:
            conv = nn.Conv2d(in_channels, v, kernel_size=3, padding=1)
            layers += [conv, nn.BatchNorm2d(v), nn.ReLU(inplace=True)] if batch_norm else [conv, nn.ReLU(inplace=True)]
            in_channels = v
    return nn.Sequential(*layers)


features = make_layers(cfg)
classifier = nn.Sequential(nn.Flatten(), nn.Linear(512, 10))
x = torch.randn(2, 3, 32, 32)
print(classifier(features(x)).shape)

import torch
import torch.nn as nn

VGG_CFG = {
    'tiny': [32, 'M', 64, 'M', 128, 'M'],
    'small': [32, 32, 'M', 64, 64, 'M', 128, 128, 'M'],
}


def make_layers(cfg, in_channels=3):
    layers = []
    for v in cfg:
        if v == 'M':
            layers.append(nn.MaxPool2d(2))
        else:
            layers.append(nn.Conv2d(in_channels, v, kernel_size=3, padding=1))
            layers.append(nn.BatchNorm2d(v))
            layers.append(nn.ReLU(inplace=True))
    return nn.Sequential(*layers)


class SmallVGG(nn.Module):
    def __init__(self, name='tiny', num_classes=10):
        super().__init__()
        self.features = make_layers(VGG_CFG[name])
        self.pool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(VGG_CFG[name][-2], num_classes)

    def forward(self, x):
        x = self.features(x)
        x = self.pool(x).flatten(1)
        return self.fc(x)


model = SmallVGG('tiny')
x = torch.randn(4, 3, 32, 32)
logits = model(x)
print(logits.shape)

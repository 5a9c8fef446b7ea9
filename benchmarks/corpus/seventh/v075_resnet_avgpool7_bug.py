import torch
import torch.nn as nn


def conv_bn_relu(cin, cout, stride):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, stride, 1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class SimpleResNetLike(nn.Module):
    def __init__(self, num_classes=200):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 16, 7, 2, 3, bias=False), nn.BatchNorm2d(16), nn.ReLU(inplace=True),
                                  nn.MaxPool2d(3, 2, 1))
        self.layer1 = conv_bn_relu(16, 32, 1)
        self.layer2 = conv_bn_relu(32, 64, 2)
        self.layer3 = conv_bn_relu(64, 128, 2)
        self.layer4 = conv_bn_relu(128, 256, 2)
        self.avgpool = nn.AvgPool2d(7, stride=1)
        self.fc = nn.Linear(256, num_classes)

    def forward(self, x):
        x = self.stem(x)
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        x = self.avgpool(x)
        x = x.view(x.size(0), -1)
        return self.fc(x)


model = SimpleResNetLike()
tiny_imagenet = torch.randn(2, 3, 64, 64)
print(model(tiny_imagenet).shape)

import torch
import torch.nn as nn


class BasicBlock(nn.Module):
    def __init__(self, in_planes, planes, stride=1, norm_layer=nn.BatchNorm2d):
        super().__init__()
        self.conv1 = nn.Conv2d(in_planes, planes, 3, stride=stride, padding=1, bias=False)
        self.bn1 = norm_layer(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.bn2 = norm_layer(planes)
        self.relu = nn.ReLU(inplace=True)
        self.shortcut = nn.Sequential()
        if stride != 1 or in_planes != planes:
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_planes, planes, 1, stride=stride, bias=False),
                norm_layer(planes),
            )

    def forward(self, x):
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return self.relu(out + self.shortcut(x))


def resnet_mini(num_classes=10, norm_layer=nn.BatchNorm2d):
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, padding=1, bias=False),
        norm_layer(16),
        nn.ReLU(inplace=True),
        BasicBlock(16, 16, norm_layer=norm_layer),
        BasicBlock(16, 32, stride=2, norm_layer=norm_layer),
        BasicBlock(32, 64, stride=2, norm_layer=norm_layer),
        nn.AdaptiveAvgPool2d((1, 1)),
        nn.Flatten(),
        nn.Linear(64, num_classes),
    )


if __name__ == "__main__":
    net = resnet_mini()
    x = torch.randn(4, 3, 32, 32)
    print(net(x).shape)

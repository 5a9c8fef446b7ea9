import torch
import torch.nn as nn

cfg_A = [64, "M", 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"]


def make_features(cfg):
    layers, c = [], 3
    for v in cfg:
        if v == "M":
            layers.append(nn.MaxPool2d(2, 2))
        else:
            layers.extend([nn.Conv2d(c, v, 3, padding=1), nn.ReLU(inplace=True)])
            c = v
    return nn.Sequential(*layers)


class VGG11(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = make_features(cfg_A)
        self.classifier = nn.Sequential(
            nn.Linear(512 * 7 * 7, 512), nn.ReLU(True), nn.Dropout(),
            nn.Linear(512, num_classes),
        )

    def forward(self, x):
        x = self.features(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)


# training on CIFAR-10 (32x32) with the ImageNet head
model = VGG11()
out = model(torch.randn(2, 3, 32, 32))
print(out.shape)

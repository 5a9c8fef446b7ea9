import torch
import torch.nn as nn

CFG = [32, "M", 64, "M", 128, 128, "M"]


def make_features(cfg, in_channels=3):
    layers = []
    for v in cfg:
        if v == "M":
            layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
        else:
            layers += [nn.Conv2d(in_channels, v, kernel_size=3, padding=1), nn.ReLU(inplace=True)]
            in_channels = v
    return nn.Sequential(*layers)


def make_classifier(in_features, num_classes, hidden=256):
    return nn.Sequential(
        nn.Flatten(),
        nn.Linear(in_features, hidden),
        nn.ReLU(inplace=True),
        nn.Dropout(0.5),
        nn.Linear(hidden, num_classes),
    )


class TinyVGG(nn.Module):
    """VGG-style net for 64x64 images (three 2x2 pools -> 8x8 maps)."""

    def __init__(self, num_classes=200):
        super().__init__()
        self.features = make_features(CFG)
        self.classifier = make_classifier(128 * 4 * 4, num_classes)

    def forward(self, x):
        return self.classifier(self.features(x))


model = TinyVGG()
x = torch.randn(8, 3, 64, 64)
y = torch.randint(0, 200, (8,))
opt = torch.optim.SGD(model.parameters(), lr=0.01)
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print("loss", loss.item())

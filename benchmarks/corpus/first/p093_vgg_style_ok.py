import torch
import torch.nn as nn

torch.manual_seed(0)
cfg = [16, "M", 32, "M"]
layers = []
in_ch = 3
for v in cfg:
    if v == "M":
        layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
    else:
        layers += [nn.Conv2d(in_ch, v, kernel_size=3, padding=1), nn.ReLU(inplace=True)]
        in_ch = v
features = nn.Sequential(*layers)
classifier = nn.Sequential(
    nn.AdaptiveAvgPool2d((7, 7)),
    nn.Flatten(),
    nn.Linear(32 * 7 * 7, 64),
    nn.ReLU(True),
    nn.Dropout(),
    nn.Linear(64, 10),
)
x = torch.randn(2, 3, 40, 40)
print(classifier(features(x)).shape)

import torch
import torch.nn as nn


class VGG16(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        blocks = []
        in_ch = 3
        for out_ch, n_convs in [(64, 2), (128, 2), (256, 3), (512, 3), (512, 3)]:
            for _ in range(n_convs):
                blocks += [nn.Conv2d(in_ch, out_ch, 3, padding=1), nn.ReLU(inplace=True)]
                in_ch = out_ch
            blocks.append(nn.MaxPool2d(2, 2))
        self.features = nn.Sequential(*blocks)
        self.classifier = nn.Sequential(
            nn.Linear(512 * 7 * 7, 4096),
            nn.ReLU(True),
            nn.Dropout(),
            nn.Linear(4096, 4096),
            nn.ReLU(True),
            nn.Dropout(),
            nn.Linear(4096, num_classes),
        )

    def forward(self, x):
        x = self.features(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)


model = VGG16(num_classes=10)
cifar_batch = torch.randn(2, 3, 32, 32)
print(model(cifar_batch).shape)

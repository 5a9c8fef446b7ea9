import torch
import torch.nn as nn


class ImageTabularNet(nn.Module):
    def __init__(self, n_tab=8, n_classes=3):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(),
        )
        self.tab = nn.Sequential(nn.Linear(n_tab, 16), nn.ReLU())
        self.head = nn.Sequential(
            nn.Linear(32 * 16 * 16 + 16, 64),
            nn.ReLU(),
            nn.Linear(64, n_classes),
        )

    def forward(self, image, tabular):
        a = self.cnn(image)
        b = self.tab(tabular)
        return self.head(torch.cat([a, b], dim=1))


net = ImageTabularNet()
img = torch.randn(4, 3, 64, 64)
tab = torch.randn(4, 8)
print(net(img, tab).shape)

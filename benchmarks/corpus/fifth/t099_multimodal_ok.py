import torch
import torch.nn as nn


class ImageTabularNet(nn.Module):
    def __init__(self, n_tab=12, n_out=1):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, 3, stride=2, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        )
        self.tab = nn.Sequential(nn.Linear(n_tab, 32), nn.ReLU())
        self.head = nn.Sequential(nn.Linear(32 + 32, 32), nn.ReLU(), nn.Linear(32, n_out))

    def forward(self, img, tab):
        return self.head(torch.cat([self.cnn(img), self.tab(tab)], dim=1))


if __name__ == "__main__":
    model = ImageTabularNet()
    img = torch.randn(6, 3, 96, 96)
    tab = torch.randn(6, 12)
    pred = model(img, tab)
    print(pred.shape)

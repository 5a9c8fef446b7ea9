# Multimodal house price model: CNN on the photo + MLP on tabular features
import torch
import torch.nn as nn


class FusionNet(nn.Module):
    def __init__(self, n_tab=10, img_dim=64, tab_dim=16):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(3, 32, 3, 2, 1), nn.ReLU(),
            nn.Conv2d(32, img_dim, 3, 2, 1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        )
        self.mlp = nn.Sequential(nn.Linear(n_tab, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU())
        self.head = nn.Sequential(nn.Linear(img_dim + tab_dim, 32), nn.ReLU(), nn.Linear(32, 1))

    def forward(self, img, tab):
        feats = torch.cat([self.cnn(img), self.mlp(tab)], dim=1)
        return self.head(feats)


model = FusionNet()
price = model(torch.randn(4, 3, 64, 64), torch.randn(4, 10))
print(price.shape)

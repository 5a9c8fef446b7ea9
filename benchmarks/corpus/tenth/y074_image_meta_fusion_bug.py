import torch
import torch.nn as nn


class PetFinderModel(nn.Module):
    def __init__(self, n_tab=14, emb=64):
        super().__init__()
        self.image_branch = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, emb, 3, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d((2, 2)),
            nn.Flatten(),
        )
        self.tab_branch = nn.Sequential(nn.Linear(n_tab, 32), nn.ReLU())
        self.regressor = nn.Sequential(
            nn.Linear(emb + 32, 64),
            nn.ReLU(),
            nn.Linear(64, 1),
        )

    def forward(self, image, tab):
        a = self.image_branch(image)
        b = self.tab_branch(tab)
        return self.regressor(torch.cat([a, b], dim=1))


model = PetFinderModel(n_tab=14)
images = torch.randn(8, 3, 64, 64)
tabular = torch.randn(8, 14)
pawpularity = torch.rand(8, 1) * 100
loss = nn.MSELoss()(model(images, tabular), pawpularity)

import torch
import torch.nn as nn
import torch.nn.functional as F

config = {"width": 32, "num_genders": 2, "num_races": 4, "dropout": 0.2}


class FaceAttributeNet(nn.Module):
    def __init__(self, width, num_genders, num_races, dropout):
        super().__init__()
        self.trunk = nn.Sequential(
            nn.Conv2d(3, width, 3, stride=2, padding=1), nn.BatchNorm2d(width), nn.ReLU(),
            nn.Conv2d(width, width * 2, 3, stride=2, padding=1), nn.BatchNorm2d(width * 2), nn.ReLU(),
            nn.Conv2d(width * 2, width * 4, 3, stride=2, padding=1), nn.BatchNorm2d(width * 4), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(dropout),
        )
        feat = width * 4
        self.age_head = nn.Linear(feat, 1)
        self.gender_head = nn.Linear(feat, num_genders)
        self.race_head = nn.Linear(feat, num_races)

    def forward(self, x):
        h = self.trunk(x)
        return self.age_head(h).squeeze(1), self.gender_head(h), self.race_head(h)


def make_batch(n=16):
    imgs = torch.randn(n, 3, 64, 64)
    age = torch.rand(n) * 80
    gender = torch.arange(n) % 2
    race = torch.arange(n) % 5
    return imgs, age, gender, race


model = FaceAttributeNet(**config)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
imgs, age, gender, race = make_batch()

for step in range(2):
    age_pred, gender_logits, race_logits = model(imgs)
    loss = (F.l1_loss(age_pred, age / 80)
            + F.cross_entropy(gender_logits, gender)
            + F.cross_entropy(race_logits, race))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())

import torch
import torch.nn as nn

NUM_TAGS = 6


class TagNet(nn.Module):
    def __init__(self, num_tags=NUM_TAGS):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(),
            nn.AdaptiveMaxPool2d((1, 1)),
        )
        self.head = nn.Linear(64, num_tags)

    def forward(self, x):
        return self.head(self.backbone(x).flatten(1))


def fake_batch(n):
    imgs = torch.randn(n, 3, 40, 40)
    # each image can carry several tags
    tags = torch.randint(0, NUM_TAGS, (n,)).float()
    return imgs, tags


model = TagNet()
criterion = nn.BCEWithLogitsLoss()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)

for step in range(2):
    imgs, tags = fake_batch(8)
    logits = model(imgs)
    loss = criterion(logits, tags)
    opt.zero_grad()
    loss.backward()
    opt.step()

model.eval()
with torch.no_grad():
    probs = torch.sigmoid(model(fake_batch(2)[0]))
print((probs > 0.5).int())

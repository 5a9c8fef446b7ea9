import torch
import torch.nn as nn


class FusionNet(nn.Module):
    """Skin-lesion style model: image CNN + patient metadata MLP."""

    def __init__(self, n_meta=10, n_classes=3):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        )
        self.meta = nn.Sequential(nn.Linear(n_meta, 32), nn.ReLU(), nn.Linear(32, 16), nn.ReLU())
        self.classifier = nn.Sequential(nn.Linear(64 + 16, 64), nn.ReLU(), nn.Dropout(0.3), nn.Linear(64, n_classes))

    def forward(self, image, meta):
        img_feat = self.cnn(image)
        meta_feat = self.meta(meta)
        fused = torch.cat([img_feat, meta_feat], dim=0)
        return self.classifier(fused)


images = torch.randn(12, 3, 64, 64)
meta = torch.randn(12, 10)
labels = torch.randint(0, 3, (12,))

model = FusionNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
crit = nn.CrossEntropyLoss()

for step in range(2):
    opt.zero_grad()
    loss = crit(model(images, meta), labels)
    loss.backward()
    opt.step()
    print(step, loss.item())

model.eval()
with torch.no_grad():
    print(model(images[:2], meta[:2]).softmax(-1))

import torch
import torch.nn as nn


class STLNet(nn.Module):
    """CNN for 96x96 STL-10 style images."""

    def __init__(self, num_classes=10):
        super().__init__()
        chans = [3, 16, 32, 64, 64]
        blocks = []
        for cin, cout in zip(chans[:-1], chans[1:]):
            blocks += [nn.Conv2d(cin, cout, 3, padding=1), nn.BatchNorm2d(cout), nn.ReLU(), nn.MaxPool2d(2)]
        self.features = nn.Sequential(*blocks)
        self.classifier = nn.Sequential(
            nn.Flatten(),
            nn.Linear(64 * 6 * 6, 256),
            nn.ReLU(),
            nn.Dropout(0.5),
            nn.Linear(256, num_classes),
        )

    def forward(self, x):
        return self.classifier(self.features(x))


IMG_SIZE = 96
train_x = torch.randn(16, 3, IMG_SIZE, IMG_SIZE)
train_y = torch.randint(0, 10, (16,))

model = STLNet()
opt = torch.optim.Adam(model.parameters(), lr=2e-4)
crit = nn.CrossEntropyLoss()

model.train()
for step in range(2):
    idx = torch.randint(0, 16, (8,))
    opt.zero_grad()
    loss = crit(model(train_x[idx]), train_y[idx])
    loss.backward()
    opt.step()
    print("step", step, loss.item())

model.eval()
with torch.no_grad():
    preds = model(train_x).argmax(1)
print((preds == train_y).float().mean().item())

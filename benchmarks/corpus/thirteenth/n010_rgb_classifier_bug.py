import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import TensorDataset, DataLoader


def make_fake_data(n=48, size=32, num_classes=5):
    images = torch.rand(n, 1, size, size)
    labels = torch.randint(0, num_classes, (n,))
    return images, labels


class SmallNet(nn.Module):
    def __init__(self, in_channels=3, num_classes=5, width=32):
        super().__init__()
        self.block1 = nn.Sequential(
            nn.Conv2d(in_channels, width, 3, padding='same'),
            nn.ReLU(),
            nn.Conv2d(width, width, 3, padding='same'),
            nn.ReLU(),
            nn.MaxPool2d(2),
        )
        self.block2 = nn.Sequential(
            nn.Conv2d(width, width * 2, 3, padding='same'),
            nn.ReLU(),
            nn.MaxPool2d(2),
        )
        self.head = nn.Linear(width * 2, num_classes)

    def forward(self, x):
        x = self.block1(x)
        x = self.block2(x)
        x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        return self.head(x)


images, labels = make_fake_data()
loader = DataLoader(TensorDataset(images, labels), batch_size=16)
model = SmallNet()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

for i, (xb, yb) in enumerate(loader):
    loss = F.cross_entropy(model(xb), yb)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(i, round(loss.item(), 4))
    if i >= 1:
        break

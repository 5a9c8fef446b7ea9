import torch
import torch.nn as nn
import torch.nn.functional as F


class InceptionBlock(nn.Module):
    def __init__(self, in_ch, c1, c3r, c3, c5r, c5, pool_proj):
        super().__init__()
        self.b1 = nn.Conv2d(in_ch, c1, 1)
        self.b2 = nn.Sequential(nn.Conv2d(in_ch, c3r, 1), nn.ReLU(), nn.Conv2d(c3r, c3, 3, padding='same'))
        self.b3 = nn.Sequential(nn.Conv2d(in_ch, c5r, 1), nn.ReLU(), nn.Conv2d(c5r, c5, 5, padding='same'))
        self.b4 = nn.Sequential(nn.MaxPool2d(3, stride=1, padding=1), nn.Conv2d(in_ch, pool_proj, 1))
        self.out_channels = c1 + c3 + c5 + pool_proj

    def forward(self, x):
        branches = [self.b1(x), self.b2(x), self.b3(x), self.b4(x)]
        return F.relu(torch.cat(branches, dim=1))


class MiniGoogLeNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
        self.inc1 = InceptionBlock(32, 16, 16, 24, 4, 8, 8)
        self.inc2 = InceptionBlock(self.inc1.out_channels, 24, 24, 32, 8, 16, 16)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(self.inc2.out_channels, num_classes)

    def forward(self, x):
        x = self.pool(self.inc2(self.inc1(self.stem(x))))
        x = torch.mean(x, dim=(2, 3))
        return self.fc(x)


model = MiniGoogLeNet()
out = model(torch.randn(3, 3, 32, 32))
loss = F.cross_entropy(out, torch.tensor([0, 4, 9]))
loss.backward()
print(out.shape)

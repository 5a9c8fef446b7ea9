import torch
import torch.nn as nn
import torch.nn.functional as F


class SiameseNetwork(nn.Module):
    def __init__(self, embedding_dim=64):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 32, kernel_size=3),            # 26x26
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2, ceil_mode=True),            # 13x13
            nn.Conv2d(32, 64, kernel_size=3),           # 11x11
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2, ceil_mode=True),            # 6x6
        )
        self.fc = nn.Sequential(
            nn.Flatten(),
            nn.Linear(64 * 5 * 5, 256),
            nn.ReLU(inplace=True),
            nn.Linear(256, embedding_dim),
        )

    def forward_once(self, x):
        return self.fc(self.cnn(x))

    def forward(self, input1, input2):
        return self.forward_once(input1), self.forward_once(input2)


class ContrastiveLoss(nn.Module):
    def __init__(self, margin=2.0):
        super().__init__()
        self.margin = margin

    def forward(self, out1, out2, label):
        dist = F.pairwise_distance(out1, out2)
        return torch.mean((1 - label) * dist.pow(2) +
                          label * torch.clamp(self.margin - dist, min=0.0).pow(2))


net = SiameseNetwork()
criterion = ContrastiveLoss()
optimizer = torch.optim.Adam(net.parameters(), lr=5e-4)

img0 = torch.randn(16, 1, 28, 28)
img1 = torch.randn(16, 1, 28, 28)
label = torch.randint(0, 2, (16,)).float()

for it in range(2):
    optimizer.zero_grad()
    o1, o2 = net(img0, img1)
    loss = criterion(o1, o2, label)
    loss.backward()
    optimizer.step()
    print(it, loss.item())

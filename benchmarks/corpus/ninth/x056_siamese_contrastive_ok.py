import torch
import torch.nn as nn
import torch.nn.functional as F


class SiameseNetwork(nn.Module):
    def __init__(self, embedding_dim=16):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 8, kernel_size=5), nn.ReLU(inplace=True), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, kernel_size=5), nn.ReLU(inplace=True), nn.MaxPool2d(2),
        )
        self.fc = nn.Sequential(
            nn.Linear(16 * 4 * 4, 64), nn.ReLU(inplace=True), nn.Linear(64, embedding_dim),
        )

    def forward_once(self, x):
        out = self.cnn(x)
        out = out.view(out.size()[0], -1)
        return self.fc(out)

    def forward(self, input1, input2):
        return self.forward_once(input1), self.forward_once(input2)


class ContrastiveLoss(nn.Module):
    def __init__(self, margin=2.0):
        super().__init__()
        self.margin = margin

    def forward(self, o1, o2, label):
        d = F.pairwise_distance(o1, o2, keepdim=True)
        return torch.mean((1 - label) * d.pow(2) + label * torch.clamp(self.margin - d, min=0.0).pow(2))


net = SiameseNetwork()
criterion = ContrastiveLoss()
optimizer = torch.optim.Adam(net.parameters(), lr=5e-4)
img0 = torch.randn(8, 1, 28, 28)
img1 = torch.randn(8, 1, 28, 28)
label = torch.tensor([[0.], [1.], [0.], [1.], [1.], [0.], [0.], [1.]])
optimizer.zero_grad()
out1, out2 = net(img0, img1)
loss = criterion(out1, out2, label)
loss.backward()
optimizer.step()
print(loss.item())

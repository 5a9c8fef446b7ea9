import torch
import torch.nn as nn
import torch.nn.functional as F


class SignNet(nn.Module):
    """Classifier for 48x48 traffic-sign crops."""

    def __init__(self, n_classes=43):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 32, 5)        # 44
        self.conv2 = nn.Conv2d(32, 64, 5)       # 18 after pool
        self.conv3 = nn.Conv2d(64, 64, 3)       # 7 after pool
        self.bn1 = nn.BatchNorm2d(32)
        self.bn2 = nn.BatchNorm2d(64)
        self.fc1 = nn.Linear(64 * 7 * 7, 200)
        self.fc2 = nn.Linear(200, n_classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.bn1(self.conv1(x))), 2)   # 22
        x = F.max_pool2d(F.relu(self.bn2(self.conv2(x))), 2)   # 9
        x = F.relu(self.conv3(x))                              # 7
        x = x.view(x.size(0), 64 * 9 * 9)
        x = F.dropout(F.relu(self.fc1(x)), 0.5, self.training)
        return self.fc2(x)


model = SignNet()
images = torch.randn(12, 3, 48, 48)
labels = torch.randint(0, 43, (12,))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)

model.train()
loss = F.cross_entropy(model(images), labels)
opt.zero_grad()
loss.backward()
opt.step()

model.eval()
with torch.no_grad():
    print(model(images[:2]).softmax(1).max(1))

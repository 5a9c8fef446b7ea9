import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvBNReLU(nn.Sequential):
    def __init__(self, in_ch, out_ch, k, padding=0):
        super().__init__(nn.Conv2d(in_ch, out_ch, k, padding=padding, bias=False),
                         nn.BatchNorm2d(out_ch), nn.ReLU(inplace=True))


class InceptionBlock(nn.Module):
    def __init__(self, in_ch, c1, c3, c5, cp):
        super().__init__()
        self.b1 = ConvBNReLU(in_ch, c1, 1)
        self.b3 = nn.Sequential(ConvBNReLU(in_ch, c3 // 2, 1), ConvBNReLU(c3 // 2, c3, 3, padding=1))
        self.b5 = nn.Sequential(ConvBNReLU(in_ch, c5 // 2, 1), ConvBNReLU(c5 // 2, c5, 5, padding=2))
        self.bp = nn.Sequential(nn.MaxPool2d(3, stride=1, padding=1), ConvBNReLU(in_ch, cp, 1))
        self.out_channels = c1 + c3 + c5 + cp

    def forward(self, x):
        return torch.cat([self.b1(x), self.b3(x), self.b5(x), self.bp(x)], dim=1)


class MiniInception(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.stem = ConvBNReLU(3, 32, 3, padding=1)
        self.inc1 = InceptionBlock(32, 16, 32, 8, 8)        # 64 channels out
        self.inc2 = InceptionBlock(56, 32, 48, 16, 16)      # 112 channels out
        self.reduce = nn.Conv2d(112, 64, 1)
        self.fc = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.stem(x)
        x = F.max_pool2d(self.inc1(x), 2)
        x = F.max_pool2d(self.inc2(x), 2)
        x = F.relu(self.reduce(x))
        x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        return self.fc(x)


model = MiniInception()
x = torch.randn(4, 3, 32, 32)
y = torch.randint(0, 10, (4,))
opt = torch.optim.SGD(model.parameters(), lr=0.01)
loss = F.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print("loss", loss.item())

import torch
import torch.nn as nn
import torch.nn.functional as F

# small ResNet for 32x32 inputs (CIFAR-100)
NUM_CLASSES = 100
STEM_WIDTH = 32
STAGES = [(64, 2, 1), (128, 2, 2), (256, 2, 2)]  # (planes, num_blocks, stride)


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, in_planes, planes, stride=1):
        super(BasicBlock, self).__init__()
        self.conv1 = nn.Conv2d(in_planes, planes, kernel_size=3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, kernel_size=3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)

        self.shortcut = nn.Sequential()
        if stride != 1 or in_planes != planes:
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_planes, planes, kernel_size=1, stride=stride, bias=False),
                nn.BatchNorm2d(planes)
            )

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        out += self.shortcut(x)
        out = F.relu(out)
        return out


class ResNet(nn.Module):
    def __init__(self, stages, num_classes=10):
        super(ResNet, self).__init__()
        self.in_planes = STEM_WIDTH
        self.conv1 = nn.Conv2d(3, STEM_WIDTH, kernel_size=3, stride=1, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(STEM_WIDTH)
        layers = []
        for planes, num_blocks, stride in stages:
            layers.append(self._make_layer(planes, num_blocks, stride))
        self.layers = nn.Sequential(*layers)
        self.linear = nn.Linear(self.in_planes, num_classes)

    def _make_layer(self, planes, num_blocks, stride):
        strides = [stride] + [1] * (num_blocks - 1)
        blocks = []
        for s in strides:
            blocks.append(BasicBlock(self.in_planes, planes, s))
            self.in_planes = planes
        return nn.Sequential(*blocks)

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.layers(out)
        out = F.adaptive_avg_pool2d(out, 1)
        out = out.view(out.size(0), -1)
        return self.linear(out)


model = ResNet(STAGES, num_classes=NUM_CLASSES)
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, nesterov=True)

x = torch.randn(4, 3, 32, 32)
y = torch.randint(0, NUM_CLASSES, (4,))

logits = model(x)
loss = F.cross_entropy(logits, y, label_smoothing=0.1)
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(logits.shape, round(loss.item(), 4))

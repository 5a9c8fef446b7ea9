import torch
import torch.nn as nn


def make_backbone(width=16):
    return nn.Sequential(
        nn.Conv2d(3, width, kernel_size=7, stride=2, padding=3, bias=False),   # 112
        nn.BatchNorm2d(width),
        nn.ReLU(inplace=True),
        nn.MaxPool2d(kernel_size=3, stride=2, ceil_mode=True),                 # 56
        nn.Conv2d(width, width * 2, 3, stride=2, padding=1, bias=False),       # 28
        nn.BatchNorm2d(width * 2),
        nn.ReLU(inplace=True),
        nn.Conv2d(width * 2, width * 4, 3, stride=2, padding=1, bias=False),   # 14
        nn.BatchNorm2d(width * 4),
        nn.ReLU(inplace=True),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
    )


class XRayNet(nn.Module):
    def __init__(self, width=16, num_classes=2):
        super().__init__()
        self.backbone = make_backbone(width)
        self.head = nn.Linear(width * 4, num_classes)

    def forward(self, x):
        return self.head(self.backbone(x))


def load_scans(n):
    # chest x-rays come as single-channel images
    gray = torch.rand(n, 1, 224, 224)
    img = gray.repeat(1, 3, 1, 1)
    return (img - 0.5) / 0.25


model = XRayNet()
scans = load_scans(4)
labels = torch.tensor([0, 1, 1, 0])

opt = torch.optim.Adam(model.parameters(), lr=1e-4)
loss = nn.functional.cross_entropy(model(scans), labels)
opt.zero_grad()
loss.backward()
opt.step()

model.eval()
with torch.no_grad():
    print(model(scans[:1]).softmax(-1))

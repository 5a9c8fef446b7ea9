import torch
import torch.nn as nn


def dw_separable(cin, cout, stride=1):
    return nn.Sequential(
        nn.Conv2d(cin, cin, 3, stride=stride, padding=1, groups=cout, bias=False),
        nn.BatchNorm2d(cin),
        nn.ReLU6(inplace=True),
        nn.Conv2d(cin, cout, 1, bias=False),
        nn.BatchNorm2d(cout),
        nn.ReLU6(inplace=True),
    )


class MobileNetLite(nn.Module):
    # (in, out, stride) for each depthwise separable block
    cfg = [(32, 64, 1), (64, 128, 2), (128, 128, 1), (128, 256, 2), (256, 256, 1)]

    def __init__(self, num_classes=10):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, 32, 3, stride=2, padding=1, bias=False),
            nn.BatchNorm2d(32),
            nn.ReLU6(inplace=True),
        )
        self.blocks = nn.Sequential(*[dw_separable(i, o, s) for i, o, s in self.cfg])
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(256, num_classes)

    def forward(self, x):
        x = self.blocks(self.stem(x))
        return self.fc(self.pool(x).flatten(1))


model = MobileNetLite()
model.eval()
x = torch.randn(4, 3, 64, 64)
with torch.no_grad():
    logits = model(x)
print(logits.shape, logits.argmax(1).tolist())
n_params = sum(p.numel() for p in model.parameters())
print(f"{n_params / 1e3:.1f}K params")

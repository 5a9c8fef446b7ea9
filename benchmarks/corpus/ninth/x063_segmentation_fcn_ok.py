import torch
import torch.nn as nn
import torch.nn.functional as F


class FCNHead(nn.Sequential):
    def __init__(self, in_channels, channels):
        inter = in_channels // 4
        super().__init__(
            nn.Conv2d(in_channels, inter, 3, padding=1, bias=False),
            nn.BatchNorm2d(inter),
            nn.ReLU(),
            nn.Dropout(0.1),
            nn.Conv2d(inter, channels, 1),
        )


class SimpleFCN(nn.Module):
    def __init__(self, num_classes=5):
        super().__init__()
        chans = [3, 32, 64, 128]
        self.backbone = nn.Sequential(*[
            nn.Sequential(nn.Conv2d(chans[i], chans[i + 1], 3, stride=2, padding=1),
                          nn.BatchNorm2d(chans[i + 1]), nn.ReLU())
            for i in range(len(chans) - 1)
        ])
        self.classifier = FCNHead(128, num_classes)

    def forward(self, x):
        size = x.shape[-2:]
        out = self.classifier(self.backbone(x))
        return F.interpolate(out, size=size, mode="bilinear", align_corners=False)


model = SimpleFCN()
criterion = nn.CrossEntropyLoss(ignore_index=255)
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
image = torch.randn(2, 3, 96, 96)
target = torch.randint(0, 5, (2, 96, 96))
target[:, :4, :] = 255
out = model(image)
loss = criterion(out, target)
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(out.shape, loss.item())

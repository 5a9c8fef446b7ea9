import torch
import torch.nn as nn

NUM_CLASSES = 5


class SegNetLite(nn.Module):
    def __init__(self, num_classes=NUM_CLASSES):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(3, 32, 3, stride=2, padding=1), nn.BatchNorm2d(32), nn.ReLU(inplace=True),
            nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.BatchNorm2d(64), nn.ReLU(inplace=True),
            nn.Conv2d(64, 64, 3, padding=1), nn.BatchNorm2d(64), nn.ReLU(inplace=True),
        )
        self.cls = nn.Conv2d(64, num_classes, kernel_size=1)

    def forward(self, x):
        return self.cls(self.body(x))


model = SegNetLite()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)

images = torch.randn(4, 3, 64, 64)
masks = torch.randint(0, NUM_CLASSES, (4, 64, 64))

optimizer.zero_grad()
logits = model(images)
loss = criterion(logits, masks)
loss.backward()
optimizer.step()
print(loss.item())

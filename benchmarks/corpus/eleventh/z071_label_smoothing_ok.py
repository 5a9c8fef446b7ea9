import torch
import torch.nn as nn
import torch.nn.functional as F

NUM_CLASSES = 12     # plant seedlings classification
BATCH = 32
IMG = 64
SMOOTHING = 0.1
torch.manual_seed(0)


class LabelSmoothingLoss(nn.Module):
    def __init__(self, classes=10, smoothing=0.0, dim=-1):
        super(LabelSmoothingLoss, self).__init__()
        self.confidence = 1.0 - smoothing
        self.smoothing = smoothing
        self.cls = classes
        self.dim = dim

    def forward(self, pred, target):
        pred = pred.log_softmax(dim=self.dim)
        with torch.no_grad():
            true_dist = F.one_hot(target, num_classes=self.cls).float()
            true_dist = true_dist * self.confidence + (1 - true_dist) * self.smoothing / (self.cls - 1)
        return torch.mean(torch.sum(-true_dist * pred, dim=self.dim))


class SeedlingNet(nn.Module):
    def __init__(self, num_classes, width=32):
        super().__init__()
        self.blocks = nn.ModuleDict({
            "stem": nn.Sequential(nn.Conv2d(3, width, 3, padding=1), nn.BatchNorm2d(width), nn.ReLU()),
            "stage1": nn.Sequential(nn.Conv2d(width, width * 2, 3, stride=2, padding=1),
                                    nn.BatchNorm2d(width * 2), nn.ReLU()),
            "stage2": nn.Sequential(nn.Conv2d(width * 2, width * 4, 3, stride=2, padding=1),
                                    nn.BatchNorm2d(width * 4), nn.ReLU()),
        })
        self.head = nn.Linear(width * 4, num_classes)

    def forward(self, x):
        for name in ["stem", "stage1", "stage2"]:
            x = self.blocks[name](x)
        x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        return self.head(x)


model = SeedlingNet(NUM_CLASSES)
criterion = LabelSmoothingLoss(classes=NUM_CLASSES, smoothing=SMOOTHING)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=10)

images = torch.randn(BATCH, 3, IMG, IMG)
targets = torch.randint(0, NUM_CLASSES, (BATCH,))

for epoch in range(2):
    model.train()
    outputs = model(images)
    loss = criterion(outputs, targets)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    scheduler.step()
    acc = (outputs.argmax(1) == targets).float().mean().item()
    print(f"epoch {epoch}: loss {loss.item():.4f} acc {acc:.3f}")

import torch
import torch.nn as nn
import torch.nn.functional as F

classes = ["cat", "dog", "horse", "ship"]

model = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Dropout(0.5),
    nn.Linear(32 * 16 * 16, len(classes)),
)

model.eval()
image = torch.rand(3, 64, 64)
with torch.no_grad():
    logits = model(image.unsqueeze(0))
    probs = F.softmax(logits, dim=1)
    conf, idx = probs.max(dim=1)
print(logits.shape, classes[idx.item()], round(conf.item(), 3))

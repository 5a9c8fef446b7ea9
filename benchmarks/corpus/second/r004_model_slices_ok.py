import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(8 * 8 * 8, 10),
)
img = torch.randn(2, 3, 16, 16)
feats = model[:3](img)
logits = model[3:](feats)
print(feats.shape, logits.shape)

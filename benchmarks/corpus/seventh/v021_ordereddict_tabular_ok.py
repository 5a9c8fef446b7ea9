import torch
import torch.nn as nn
from collections import OrderedDict

n_features = 30  # breast cancer dataset

model = nn.Sequential(OrderedDict([
    ("fc1", nn.Linear(n_features, 64)),
    ("bn1", nn.BatchNorm1d(64)),
    ("relu1", nn.ReLU()),
    ("drop1", nn.Dropout(0.3)),
    ("fc2", nn.Linear(64, 32)),
    ("relu2", nn.ReLU()),
    ("out", nn.Linear(32, 1)),
]))

x = torch.randn(64, n_features)
y = (torch.rand(64) > 0.5).float()
logits = model(x).squeeze(1)
loss = nn.BCEWithLogitsLoss()(logits, y)
print(model.fc2, logits.shape, loss.item())

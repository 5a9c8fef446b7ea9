from collections import OrderedDict

import torch
import torch.nn as nn

NUM_CLASSES = 5   # daisy, dandelion, roses, sunflowers, tulips
IMG = 64
BS = 8
torch.manual_seed(0)

# pretend these rows came from labels.csv: (filename, class_id)
rows = [(f"img_{i:04d}.jpg", i % NUM_CLASSES) for i in range(24)]

model = nn.Sequential(OrderedDict([
    ('conv1', nn.Conv2d(3, 16, kernel_size=3, padding=1)),
    ('relu1', nn.ReLU()),
    ('pool1', nn.MaxPool2d(2)),
    ('conv2', nn.Conv2d(16, 32, kernel_size=3, padding=1)),
    ('relu2', nn.ReLU()),
    ('pool2', nn.MaxPool2d(2)),
    ('conv3', nn.Conv2d(32, 64, kernel_size=3, padding=1)),
    ('relu3', nn.ReLU()),
    ('gap', nn.AdaptiveAvgPool2d(1)),
    ('flatten', nn.Flatten()),
    ('dropout', nn.Dropout(0.3)),
    ('fc', nn.Linear(64, NUM_CLASSES)),
]))

criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)

images = torch.randn(len(rows), 3, IMG, IMG)
targets = torch.tensor([[label] for _, label in rows], dtype=torch.long)

for epoch in range(2):
    model.train()
    total = 0.0
    for i in range(0, len(rows), BS):
        xb, yb = images[i:i + BS], targets[i:i + BS]
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item()
    print(f"epoch {epoch} avg loss {total / (len(rows) // BS):.3f}")

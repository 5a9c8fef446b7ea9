# Homework 2: simple MLP for MNIST digits
import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(28 * 28, 256),
    nn.ReLU(),
    nn.Dropout(0.2),
    nn.Linear(256, 128),
    nn.ReLU(),
    nn.Linear(128, 10),
)

# fake batch instead of the DataLoader so I can test the shapes
images = torch.randn(64, 1, 28, 28)
print("input:", images.shape)
logits = model(images)
print("logits:", logits.shape)
preds = logits.argmax(dim=1)
print("preds:", preds.shape)

import torch
import torch.nn as nn

# simple fully-connected classifier for MNIST digits
model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(28 * 28, 256),
    nn.ReLU(),
    nn.Dropout(0.2),
    nn.Linear(256, 128),
    nn.ReLU(),
    nn.Linear(128, 10),
)

x = torch.randn(16, 1, 28, 28)
logits = model(x)
probs = logits.softmax(dim=1)
print(logits.shape, probs.sum(dim=1)[:3])

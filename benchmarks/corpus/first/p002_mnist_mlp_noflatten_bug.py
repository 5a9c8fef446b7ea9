import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(784, 128),
    nn.ReLU(),
    nn.Linear(128, 10),
)
images = torch.randn(32, 1, 28, 28)
logits = model(images)
print(logits.shape)

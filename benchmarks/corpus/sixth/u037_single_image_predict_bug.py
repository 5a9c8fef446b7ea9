# CIFAR classifier: training batch works, predicting one image does not
import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(16 * 16 * 16, 10),
)

batch = torch.randn(8, 3, 32, 32)
print("batch:", model(batch).shape)

model.eval()
img = torch.randn(3, 32, 32)
with torch.no_grad():
    pred = model(img)
print("pred:", pred.shape)

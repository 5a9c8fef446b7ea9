import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 6, 3),
    nn.ReLU(),
    nn.MaxPool2d(2),
)
img = torch.rand(3, 32, 32)  # a single image, no batch dim
print(model(img).shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(1, 4, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(4 * 14 * 14, 10),
)

# predict a single digit image
digit = torch.rand(1, 28, 28)
print(digit.shape)
feats = model[:3](digit)
print(feats.shape)
print(model(digit).shape)

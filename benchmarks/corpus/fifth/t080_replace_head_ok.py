import torch
import torch.nn as nn

# "pretrained" backbone + classifier for 1000 classes
model = nn.Sequential(
    nn.Conv2d(3, 32, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(32, 64, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(64, 1000),
)

# fine-tune on 5 flower classes
for p in model.parameters():
    p.requires_grad = False
model[-1] = nn.Linear(64, 5)

x = torch.randn(3, 3, 128, 128)
print(model(x).shape)

import torch
import torch.nn as nn

torch.manual_seed(0)
backbone = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
    nn.Linear(16, 1000),
)
backbone[-1] = nn.Linear(16, 5)  # fine-tune for 5 classes
print(backbone(torch.randn(2, 3, 32, 32)).shape)

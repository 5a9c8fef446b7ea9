import torch
import torch.nn as nn

torch.manual_seed(0)
enc = nn.Sequential(
    nn.Conv2d(1, 4, 3, padding=1),
    nn.MaxPool2d(2, return_indices=True),
    nn.ReLU(),
)
print(enc(torch.randn(1, 1, 8, 8)))

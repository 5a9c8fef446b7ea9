import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(2, 8, 5, padding=2, padding_mode="circular"),
    nn.ReLU(),
    nn.Conv2d(8, 2, 3, padding=1, padding_mode="replicate"),
)
print(model(torch.randn(1, 2, 6, 6)).shape)

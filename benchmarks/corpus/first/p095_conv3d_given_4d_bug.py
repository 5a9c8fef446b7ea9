import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv3d(1, 4, 3),
    nn.ReLU(),
    nn.Flatten(),
)
volume = torch.randn(2, 1, 8, 8)
print(model(volume).shape)

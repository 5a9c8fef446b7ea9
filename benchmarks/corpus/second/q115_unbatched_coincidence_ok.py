import torch
import torch.nn as nn

# a (1, 28, 28) tensor is one unbatched image for Conv2d(1, ...)
model = nn.Sequential(nn.Conv2d(1, 8, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(8, 8, 3))
x = torch.randn(1, 28, 28)
print(model(x).shape)

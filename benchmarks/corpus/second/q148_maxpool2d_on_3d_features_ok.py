import torch
import torch.nn as nn

# MaxPool2d on a 3D tensor treats it as unbatched (C, H, W)
model = nn.Sequential(nn.Linear(16, 16), nn.MaxPool2d(2), nn.Flatten(0), nn.Linear(10 * 5 * 8, 3))
print(model(torch.randn(10, 10, 16)).shape)

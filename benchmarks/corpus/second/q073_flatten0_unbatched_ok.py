import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(1, 4, 3),
    nn.ReLU(),
    nn.Flatten(0),
    nn.Linear(4 * 26 * 26, 10),
)
single = torch.randn(1, 28, 28)     # one unbatched image (C, H, W)
print(model(single).shape)

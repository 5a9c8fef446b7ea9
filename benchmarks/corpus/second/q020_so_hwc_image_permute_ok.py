import numpy as np
import torch
import torch.nn as nn

img = (np.random.rand(64, 48, 3) * 255).astype(np.uint8)
x = torch.from_numpy(img).permute(2, 0, 1).float().unsqueeze(0) / 255.0

model = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(16, 2),
)
print(model(x).shape)

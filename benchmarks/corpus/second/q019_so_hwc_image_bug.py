import numpy as np
import torch
import torch.nn as nn

# image loaded with PIL/cv2 is H x W x C
img = (np.random.rand(64, 64, 3) * 255).astype(np.uint8)
x = torch.from_numpy(img).float().unsqueeze(0) / 255.0

model = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(16, 2),
)
print(model(x).shape)

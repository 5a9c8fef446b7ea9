# images loaded with PIL/numpy are HWC
import numpy as np
import torch
import torch.nn as nn

imgs = np.random.randint(0, 255, size=(8, 64, 64, 3)).astype(np.float32) / 255.0

cnn = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(32, 5),
)
batch = torch.from_numpy(imgs)
print(cnn(batch).shape)

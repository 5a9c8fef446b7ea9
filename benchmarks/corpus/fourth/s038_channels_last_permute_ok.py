import numpy as np
import torch
import torch.nn as nn

imgs = (np.random.rand(8, 64, 64, 3) * 255).astype(np.uint8)

cnn = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(32 * 16 * 16, 5),
)
batch = torch.from_numpy(imgs).permute(0, 3, 1, 2).float() / 255.0
print(cnn(batch).shape)

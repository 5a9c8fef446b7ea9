import numpy as np
import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(1, 8, 3),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(8 * 13 * 13, 10),
)

np.random.seed(0)
digit = np.random.rand(28, 28).astype(np.float32)
x = torch.from_numpy(digit).unsqueeze(0)  # add channel dim
print(model(x).shape)

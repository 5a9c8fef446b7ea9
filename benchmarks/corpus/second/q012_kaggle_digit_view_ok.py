import numpy as np
import torch
import torch.nn as nn

rng = np.random.default_rng(0)
train = rng.integers(0, 256, size=(64, 784)).astype(np.float32)
X = torch.tensor(train / 255.0, dtype=torch.float32).view(-1, 1, 28, 28)

model = nn.Sequential(
    nn.Conv2d(1, 32, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(32, 64, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(64 * 7 * 7, 128),
    nn.ReLU(),
    nn.Linear(128, 10),
)
out = model(X)
print(out.shape)

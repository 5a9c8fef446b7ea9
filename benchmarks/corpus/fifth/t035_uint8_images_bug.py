import numpy as np
import torch
import torch.nn as nn

rng = np.random.default_rng(3)
# raw 8-bit images straight from the dataset, already NCHW
raw = rng.integers(0, 256, size=(8, 1, 28, 28), dtype=np.uint8)

classifier = nn.Sequential(
    nn.Conv2d(1, 8, 3),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(8 * 13 * 13, 10),
)

x = torch.from_numpy(raw)
print(x.shape, x.dtype)
print(classifier(x).shape)

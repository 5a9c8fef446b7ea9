import numpy as np
import torch
import torch.nn as nn

np.random.seed(1)
batch = np.random.rand(4, 48, 48, 3).astype(np.float32)   # NHWC from a numpy pipeline

cnn = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=3, padding=1),
    nn.BatchNorm2d(16),
    nn.ReLU(),
    nn.MaxPool2d(2),           # 24
    nn.Conv2d(16, 32, kernel_size=3, padding=1),
    nn.BatchNorm2d(32),
    nn.ReLU(),
    nn.MaxPool2d(2),           # 12
    nn.Flatten(),
    nn.Linear(32 * 12 * 12, 7),
)

x = torch.from_numpy(batch).permute(0, 3, 1, 2)
print("after permute", x.shape)
out = cnn(x)
print("out", out.shape)

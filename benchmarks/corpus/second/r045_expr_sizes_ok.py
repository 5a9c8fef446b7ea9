import math
import numpy as np
import torch
import torch.nn as nn

vocab = ["<pad>", "a", "b", "c", "d"]
bidirectional = True
hidden = 16
img = (1, 12, 12)
model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(math.prod(img), int(64 * 0.5)),
    nn.ReLU(),
    nn.Linear(32, (2 if bidirectional else 1) * hidden),
    nn.Linear(2 * hidden, max(len(vocab), 3)),
    nn.Linear(len(vocab), sum([1, 1])),
)
print(model(torch.randn(3, *img)).shape)

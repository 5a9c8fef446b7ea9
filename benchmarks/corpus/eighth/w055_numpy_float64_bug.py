import numpy as np
import torch
import torch.nn as nn

# Iris-like features loaded from a numpy array
X = np.array([
    [5.1, 3.5, 1.4, 0.2],
    [7.0, 3.2, 4.7, 1.4],
    [6.3, 3.3, 6.0, 2.5],
    [4.9, 3.0, 1.4, 0.2],
])
y = np.array([0, 1, 2, 0])

model = nn.Sequential(
    nn.Linear(4, 16),
    nn.ReLU(),
    nn.Linear(16, 3),
)

inputs = torch.from_numpy(X)
targets = torch.from_numpy(y)
logits = model(inputs)
loss = nn.CrossEntropyLoss()(logits, targets)
print(loss.item())

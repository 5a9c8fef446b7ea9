import numpy as np
import torch
import torch.nn as nn

np.random.seed(0)
t = np.linspace(0, 10, 200)
series = np.sin(t) + 0.1 * np.random.randn(200)

window = 20
X = np.stack([series[i:i + window] for i in range(len(series) - window)])
X = torch.from_numpy(X).unsqueeze(1)          # (N, 1, window)

model = nn.Sequential(
    nn.Conv1d(1, 16, kernel_size=5),
    nn.ReLU(),
    nn.Conv1d(16, 16, kernel_size=5),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(16 * 12, 1),
).double()

pred = model(X)
print(pred.shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(10, 64),
    nn.Unflatten(1, (16, -1)),        # (N, 16, 4)
    nn.Conv1d(16, 8, kernel_size=3, padding=1),
    nn.Flatten(),
    nn.Linear(32, 2),
)
print(model(torch.randn(5, 10)).shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv1d(3, 6, 3),                        # 25 -> 23
    nn.MaxPool1d(2, ceil_mode=True),           # 23 -> 12
    nn.Conv1d(6, 6, 3),                        # 12 -> 10
    nn.MaxPool1d(3, stride=3, ceil_mode=True), # 10 -> 4
    nn.Flatten(),
    nn.Linear(24, 2),
)
print(model(torch.randn(5, 3, 25)).shape)

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv1d(1, 4, 3, padding=5, padding_mode="reflect"),
    nn.ReLU(),
)
print(model(torch.randn(2, 1, 4)).shape)

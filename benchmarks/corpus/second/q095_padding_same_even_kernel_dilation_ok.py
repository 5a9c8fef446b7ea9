import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv1d(1, 8, kernel_size=4, padding="same", dilation=3),
    nn.ReLU(),
    nn.Conv1d(8, 8, kernel_size=2, padding="same"),
    nn.ReLU(),
    nn.Conv1d(8, 4, kernel_size=5, padding="valid"),
    nn.Flatten(),
    nn.Linear(4 * 46, 1),
)
print(model(torch.randn(3, 1, 50)).shape)

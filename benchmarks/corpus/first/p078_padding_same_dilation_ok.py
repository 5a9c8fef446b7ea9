import torch
import torch.nn as nn

torch.manual_seed(0)
tcn = nn.Sequential(
    nn.Conv1d(8, 16, kernel_size=3, padding="same", dilation=2),
    nn.ReLU(),
    nn.Conv1d(16, 16, kernel_size=3, padding="same", dilation=4),
    nn.ReLU(),
    nn.Conv1d(16, 1, kernel_size=1),
)
print(tcn(torch.randn(4, 8, 40)).shape)

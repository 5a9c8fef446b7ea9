import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv1d(4, 8, kernel_size=5),
    nn.ReLU(),
    nn.MaxPool1d(2),
    nn.Conv1d(8, 8, kernel_size=5),
    nn.ReLU(),
)
x = torch.randn(2, 4, 12)
print(model(x).shape)
